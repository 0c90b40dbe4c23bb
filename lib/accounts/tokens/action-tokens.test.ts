import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/support/test-database";
import { findUsableActionToken } from "./find-action-token";
import { issueActionToken } from "./issue-action-token";
import { useActionToken } from "./use-action-token";

describe("e-mailed link tokens", () => {
  const db = useTestDatabase();
  let accountNumber = 0;

  async function makeAccount() {
    accountNumber += 1;
    const account = await db().account.create({
      data: { email: `token-${accountNumber}@example.test`, name: "Test", role: "CLIENT" },
    });
    return account.id;
  }

  afterEach(() => vi.useRealTimers());

  it("stores only a hash of the token", async () => {
    const accountId = await makeAccount();
    const { token } = await issueActionToken(accountId, "ACTIVATION");

    const stored = await db().actionToken.findFirstOrThrow({ where: { accountId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(token.length).toBeGreaterThanOrEqual(43);
  });

  it("works once only", async () => {
    const accountId = await makeAccount();
    const { token } = await issueActionToken(accountId, "ACTIVATION");

    expect(await findUsableActionToken(token, "ACTIVATION")).toMatchObject({ accountId });
    expect(await useActionToken(token, "ACTIVATION")).toEqual({ accountId });
    expect(await useActionToken(token, "ACTIVATION")).toBeNull();
    expect(await findUsableActionToken(token, "ACTIVATION")).toBeNull();
  });

  it("gives exactly one of many simultaneous uses the account", async () => {
    const accountId = await makeAccount();
    const { token } = await issueActionToken(accountId, "PASSWORD_RESET");

    const results = await Promise.all(
      Array.from({ length: 20 }, () => useActionToken(token, "PASSWORD_RESET")),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("is only good for its own purpose", async () => {
    const accountId = await makeAccount();
    const { token } = await issueActionToken(accountId, "PASSWORD_RESET");

    expect(await useActionToken(token, "ACTIVATION")).toBeNull();
    expect(await useActionToken(token, "PASSWORD_RESET")).toEqual({ accountId });
  });

  it("voids the earlier link when a new one is issued", async () => {
    const accountId = await makeAccount();
    const first = await issueActionToken(accountId, "ACTIVATION");
    const second = await issueActionToken(accountId, "ACTIVATION");

    expect(await useActionToken(first.token, "ACTIVATION")).toBeNull();
    expect(await useActionToken(second.token, "ACTIVATION")).toEqual({ accountId });
  });

  it("can be issued inside the caller's transaction, with the account it belongs to", async () => {
    const email = `token-tx-${crypto.randomUUID()}@example.test`;

    const { token } = await db().$transaction(async (tx) => {
      const account = await tx.account.create({ data: { email, name: "Test", role: "CLIENT" } });
      return issueActionToken(account.id, "ACTIVATION", tx as Db);
    });

    const account = await db().account.findUniqueOrThrow({ where: { email } });
    expect(await findUsableActionToken(token, "ACTIVATION")).toMatchObject({ accountId: account.id });
  });

  it("expires: activation after 72 hours, reset after 60 minutes", async () => {
    const accountId = await makeAccount();
    const activation = await issueActionToken(accountId, "ACTIVATION");
    const reset = await issueActionToken(accountId, "PASSWORD_RESET");
    const hour = 60 * 60 * 1000;

    expect(activation.expiresAt.getTime() - Date.now()).toBeGreaterThan(72 * hour - 5_000);
    expect(activation.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(72 * hour);
    expect(reset.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(hour);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + hour + 1_000);
    expect(await useActionToken(reset.token, "PASSWORD_RESET")).toBeNull();
    expect(await findUsableActionToken(activation.token, "ACTIVATION")).not.toBeNull();

    vi.setSystemTime(Date.now() + 72 * hour);
    expect(await useActionToken(activation.token, "ACTIVATION")).toBeNull();
  });

  it("treats unknown and absurd tokens as unknown", async () => {
    expect(await findUsableActionToken("", "ACTIVATION")).toBeNull();
    expect(await useActionToken("x".repeat(5_000), "ACTIVATION")).toBeNull();
    expect(await useActionToken("niet-bestaand", "ACTIVATION")).toBeNull();
  });
});
