import { describe, expect, it } from "vitest";
import { deactivateAccount } from "@/lib/admin/accounts/deactivate-account";
import { reactivateAccount } from "@/lib/admin/accounts/reactivate-account";
import { reinviteAccount } from "@/lib/admin/accounts/reinvite-account";
import { requestPasswordReset } from "@/lib/admin/accounts/request-password-reset";
import { unlockAccount } from "@/lib/admin/accounts/unlock-account";
import { createClient } from "@/lib/admin/clients/create-client";
import { ACTIVATION_PATH, PASSWORD_RESET_PATH } from "@/lib/accounts/tokens/action-links";
import { findUsableActionToken } from "@/lib/accounts/tokens/find-action-token";
import { MAX_FAILED_PASSWORD_ATTEMPTS } from "@/lib/auth/constants";
import { startLogin } from "@/lib/auth/login/start-login";
import { createTestAccount, testOrigin } from "@/lib/auth/testing/login-fixtures";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  clientForm,
  createActiveClient,
  createAdmin,
  mailsTo,
  tokenFromMail,
} from "./support/admin-fixtures";

const db = useTestDatabase();

const HOUR = 60 * 60 * 1000;

async function invitedClient() {
  const admin = await createAdmin(db());
  const input = clientForm();
  const created = await createClient(admin, input);
  if (!created.ok) throw new Error("not created");
  const account = await db().account.findUniqueOrThrow({ where: { email: input.email } });

  return { admin, account, clientId: created.clientId };
}

function openSession(accountId: string) {
  return db().portalSession.create({
    data: { accountId, expiresAt: new Date(Date.now() + 12 * HOUR) },
  });
}

describe("inviting again", () => {
  it("sends a new activation link and voids the one sent before", async () => {
    const { admin, account } = await invitedClient();
    const [first] = await mailsTo(db(), account.email);
    const oldToken = tokenFromMail(first!.text, ACTIVATION_PATH);

    expect(await reinviteAccount(admin, { accountId: account.id })).toEqual({ ok: true });

    const mails = await mailsTo(db(), account.email);
    expect(mails).toHaveLength(2);
    const newToken = tokenFromMail(mails[1]!.text, ACTIVATION_PATH);
    expect(newToken).not.toBe(oldToken);
    expect(await findUsableActionToken(oldToken, "ACTIVATION")).toBeNull();
    expect(await findUsableActionToken(newToken, "ACTIVATION")).toMatchObject({
      accountId: account.id,
    });
  });

  it("is refused for an account that is already active, and sends nothing", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());

    expect(await reinviteAccount(admin, { accountId: account.id })).toEqual({
      ok: false,
      error: "NOT_INVITED",
    });
    expect(await mailsTo(db(), account.email)).toHaveLength(0);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { subjectClientId: client.id, action: "account.invite" },
    });
    expect(event.outcome).toBe("FAILURE");
  });
});

describe("deactivating and reactivating", () => {
  it("deactivates the account and ends all its open sessions at once", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    const sessions = await Promise.all([openSession(account.id), openSession(account.id)]);

    expect(await deactivateAccount(admin, { accountId: account.id })).toEqual({ ok: true });

    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      status: "DEACTIVATED",
    });
    const ended = await db().portalSession.findMany({
      where: { id: { in: sessions.map((session) => session.id) } },
    });
    expect(ended.every((session) => session.endedAt !== null)).toBe(true);
    expect(ended.every((session) => session.endReason === "account_deactivated")).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { subjectClientId: client.id, action: "account.deactivate" },
    });
    expect(event).toMatchObject({ outcome: "SUCCESS", actorAccountId: admin.accountId });
    expect(event.detail).toEqual({ accountId: account.id, endedSessions: 2 });
  });

  it("voids the invitation link of an invited account it deactivates", async () => {
    const { admin, account } = await invitedClient();
    const token = tokenFromMail((await mailsTo(db(), account.email))[0]!.text, ACTIVATION_PATH);

    await deactivateAccount(admin, { accountId: account.id });

    expect(await findUsableActionToken(token, "ACTIVATION")).toBeNull();
  });

  it("refuses to deactivate an account twice", async () => {
    const admin = await createAdmin(db());
    const { account } = await createActiveClient(db());
    await deactivateAccount(admin, { accountId: account.id });

    expect(await deactivateAccount(admin, { accountId: account.id })).toEqual({
      ok: false,
      error: "ALREADY_DEACTIVATED",
    });
  });

  it("makes an account with a password active again", async () => {
    const admin = await createAdmin(db());
    const { account } = await createActiveClient(db());
    await deactivateAccount(admin, { accountId: account.id });

    expect(await reactivateAccount(admin, { accountId: account.id })).toEqual({
      ok: true,
      status: "ACTIVE",
    });
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      status: "ACTIVE",
    });
  });

  it("makes an account that was never activated invited again", async () => {
    const { admin, account } = await invitedClient();
    await deactivateAccount(admin, { accountId: account.id });

    expect(await reactivateAccount(admin, { accountId: account.id })).toEqual({
      ok: true,
      status: "INVITED",
    });
    expect(await reinviteAccount(admin, { accountId: account.id })).toEqual({ ok: true });
  });

  it("refuses to reactivate an account that is not deactivated", async () => {
    const admin = await createAdmin(db());
    const { account } = await createActiveClient(db());

    expect(await reactivateAccount(admin, { accountId: account.id })).toEqual({
      ok: false,
      error: "NOT_DEACTIVATED",
    });
  });

  it("answers not found for an account that does not exist", async () => {
    const admin = await createAdmin(db());

    expect(await deactivateAccount(admin, { accountId: crypto.randomUUID() })).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
  });
});

describe("unlocking", () => {
  it("lifts a running lock and clears the count of wrong passwords", async () => {
    const admin = await createAdmin(db());
    const { account } = await createActiveClient(db(), {
      lockedUntil: new Date(Date.now() + HOUR),
    });

    expect(await unlockAccount(admin, { accountId: account.id })).toEqual({ ok: true });

    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      lockedUntil: null,
      failedLoginCount: 0,
    });
  });

  it("lets the client sign in at once, though the wrong passwords also filled the address's limit", async () => {
    const admin = await createAdmin(db());
    const account = await createTestAccount(db(), { lockedUntil: new Date(Date.now() + HOUR) });
    // The wrong passwords that locked the account, as the sign-in counted them.
    for (let attempt = 0; attempt < MAX_FAILED_PASSWORD_ATTEMPTS; attempt++) {
      await enforceRateLimits([{ policy: "loginPasswordPerAccount", key: account.email }]);
    }
    const refused = await startLogin({ ...account, origin: testOrigin() });
    expect(refused.ok).toBe(false);

    expect(await unlockAccount(admin, { accountId: account.id })).toEqual({ ok: true });

    expect((await startLogin({ ...account, origin: testOrigin() })).ok).toBe(true);
  });

  it("refuses an account that is not locked, including one whose lock has run out", async () => {
    const admin = await createAdmin(db());
    const { account } = await createActiveClient(db(), {
      lockedUntil: new Date(Date.now() - 1_000),
    });

    expect(await unlockAccount(admin, { accountId: account.id })).toEqual({
      ok: false,
      error: "NOT_LOCKED",
    });
  });
});

describe("a password reset started by an admin", () => {
  it("mails the client a reset link and leaves the password as it is", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    const before = await db().passwordCredential.findUniqueOrThrow({
      where: { accountId: account.id },
    });

    expect(await requestPasswordReset(admin, { accountId: account.id })).toEqual({ ok: true });

    const mails = await mailsTo(db(), account.email);
    expect(mails).toHaveLength(1);
    const token = tokenFromMail(mails[0]!.text, PASSWORD_RESET_PATH);
    expect(await findUsableActionToken(token, "PASSWORD_RESET")).toMatchObject({
      accountId: account.id,
    });
    expect(
      await db().passwordCredential.findUniqueOrThrow({ where: { accountId: account.id } }),
    ).toEqual(before);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { subjectClientId: client.id, action: "password.reset_requested" },
    });
    expect(event).toMatchObject({ outcome: "SUCCESS", actorAccountId: admin.accountId });
  });

  it("is refused for an invited account, which has no password yet", async () => {
    const { admin, account } = await invitedClient();

    expect(await requestPasswordReset(admin, { accountId: account.id })).toEqual({
      ok: false,
      error: "NOT_ACTIVE",
    });
    expect(await mailsTo(db(), account.email)).toHaveLength(1);
  });
});
