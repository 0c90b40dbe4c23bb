import { afterEach, describe, expect, it } from "vitest";
import { reinviteAccount } from "@/lib/admin/accounts/reinvite-account";
import { createClient } from "@/lib/admin/clients/create-client";
import { findUsableActionToken } from "@/lib/accounts/tokens/find-action-token";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { useMailTransport } from "@/lib/mail/transports/get-mail-transport";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  clientForm,
  createAdmin,
  failingTransport,
  mailsTo,
  tokenFromMail,
  unique,
} from "./support/admin-fixtures";

const db = useTestDatabase();

afterEach(() => useMailTransport(undefined));

async function counts() {
  const [clients, accounts, dossiers, grants, tokens, mails] = await Promise.all([
    db().client.count(),
    db().account.count(),
    db().dossier.count(),
    db().dossierGrant.count(),
    db().actionToken.count(),
    db().outboxMessage.count(),
  ]);

  return { clients, accounts, dossiers, grants, tokens, mails };
}

describe("creating a client", () => {
  it("makes the client, dossier, invited account, SELF grant and activation link, and mails it", async () => {
    const admin = await createAdmin(db());
    const input = clientForm();

    const result = await createClient(admin, input);

    expect(result).toEqual({ ok: true, clientId: expect.any(String), mailSent: true });
    if (!result.ok) return;
    const client = await db().client.findUniqueOrThrow({
      where: { id: result.clientId },
      include: { dossier: true, grants: { include: { account: true } } },
    });
    expect(client).toMatchObject({ name: input.name, clientNumber: input.clientNumber });
    expect(client.dateOfBirth?.toISOString()).toBe("1941-03-14T00:00:00.000Z");
    expect(client.dossier).not.toBeNull();
    expect(client.grants).toHaveLength(1);
    const [grant] = client.grants;
    expect(grant).toMatchObject({ kind: "SELF", revokedAt: null, validUntil: null });
    expect(grant!.account).toMatchObject({ role: "CLIENT", status: "INVITED", name: input.name });
    // Typed as Client.x@Example.test, stored lower-case.
    expect(grant!.account.email).toBe(input.email);
    expect(grant!.account.email).toBe(grant!.account.email.toLowerCase());

    const mails = await mailsTo(db(), grant!.account.email);
    expect(mails).toHaveLength(1);
    const token = tokenFromMail(mails[0]!.text, ACTIVATION_PATH);
    expect(await findUsableActionToken(token, "ACTIVATION")).toMatchObject({
      accountId: grant!.account.id,
    });
  });

  it("audits the creation and the invitation by id, without names or addresses", async () => {
    const admin = await createAdmin(db());
    const input = clientForm();

    const result = await createClient(admin, input);
    if (!result.ok) throw new Error("not created");

    const events = await db().auditEvent.findMany({
      where: { subjectClientId: result.clientId },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => [event.action, event.outcome])).toEqual([
      ["account.create", "SUCCESS"],
      ["account.invite", "SUCCESS"],
    ]);
    expect(events.every((event) => event.actorAccountId === admin.accountId)).toBe(true);
    expect(events[0]?.ip).toBe("192.0.2.20");
    const logged = JSON.stringify(events.map((event) => event.detail));
    expect(logged).not.toContain(input.email);
    expect(logged).not.toContain(input.name);
  });

  it("refuses an address already in use, in any case, and creates nothing", async () => {
    const admin = await createAdmin(db());
    const first = clientForm();
    await createClient(admin, first);
    const before = await counts();

    const result = await createClient(admin, clientForm({ email: first.email.toUpperCase() }));

    expect(result).toEqual({
      ok: false,
      error: "DUPLICATE",
      fieldErrors: { email: "EMAIL_TAKEN" },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a client number already in use, in any case, and creates nothing", async () => {
    const admin = await createAdmin(db());
    const first = clientForm();
    await createClient(admin, first);
    const before = await counts();

    const result = await createClient(
      admin,
      clientForm({ clientNumber: ` ${first.clientNumber.toLowerCase()} ` }),
    );

    expect(result).toEqual({
      ok: false,
      error: "DUPLICATE",
      fieldErrors: { clientNumber: "CLIENT_NUMBER_TAKEN" },
    });
    expect(await counts()).toEqual(before);
    const failure = await db().auditEvent.findFirstOrThrow({
      where: { actorAccountId: admin.accountId, action: "account.create", outcome: "FAILURE" },
    });
    expect(failure.detail).toEqual({ reason: "duplicate", fields: "clientNumber" });
  });

  it("of two simultaneous requests with the same address, creates exactly one client", async () => {
    const admin = await createAdmin(db());
    const email = `gelijk-${unique()}@example.test`;
    const before = await counts();

    const results = await Promise.all([
      createClient(admin, clientForm({ email })),
      createClient(admin, clientForm({ email })),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: "DUPLICATE",
      fieldErrors: { email: "EMAIL_TAKEN" },
    });
    const after = await counts();
    expect(after.clients - before.clients).toBe(1);
    expect(after.accounts - before.accounts).toBe(1);
    expect(after.dossiers - before.dossiers).toBe(1);
  });

  it("keeps the client when the mail fails, says so, and a new invitation can follow", async () => {
    const admin = await createAdmin(db());
    const input = clientForm();
    useMailTransport(failingTransport);

    const result = await createClient(admin, input);

    expect(result).toEqual({ ok: true, clientId: expect.any(String), mailSent: false });
    const account = await db().account.findUniqueOrThrow({ where: { email: input.email } });
    expect(account.status).toBe("INVITED");
    const invite = await db().auditEvent.findFirstOrThrow({
      where: { action: "account.invite", detail: { path: ["accountId"], equals: account.id } },
    });
    expect(invite.outcome).toBe("FAILURE");

    useMailTransport(undefined);
    expect(await reinviteAccount(admin, { accountId: account.id })).toEqual({ ok: true });
    expect(await mailsTo(db(), input.email)).toHaveLength(1);
  });
});
