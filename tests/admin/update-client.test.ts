import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "@/lib/admin/clients/create-client";
import { updateClient } from "@/lib/admin/clients/update-client";
import { clientUpdateSchema } from "@/lib/admin/forms/client-form-schema";
import type { AdminActor } from "@/lib/admin/admin-actor";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { findUsableActionToken } from "@/lib/accounts/tokens/find-action-token";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { useMailTransport } from "@/lib/mail/transports/get-mail-transport";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  clientForm,
  createActiveClient,
  createAdmin,
  failingTransport,
  mailsTo,
  tokenFromMail,
  unique,
} from "./support/admin-fixtures";

const db = useTestDatabase();

afterEach(() => useMailTransport(undefined));

const HOUR = 60 * 60 * 1000;

function openSession(accountId: string) {
  return db().portalSession.create({
    data: { accountId, expiresAt: new Date(Date.now() + 12 * HOUR) },
  });
}

async function openSessionsOf(accountId: string) {
  return db().portalSession.count({ where: { accountId, endedAt: null } });
}

type Client = {
  id: string;
  name: string;
  clientNumber: string;
  dateOfBirth: Date | null;
  updatedAt: Date;
};

// The edit form as the admin submits it: the values as loaded, some changed.
function editForm(client: Client, email: string, changes: Record<string, string> = {}) {
  return clientUpdateSchema.parse({
    clientId: client.id,
    basedOnUpdatedAt: client.updatedAt.toISOString(),
    name: client.name,
    clientNumber: client.clientNumber,
    email,
    dateOfBirth: client.dateOfBirth?.toISOString().slice(0, 10) ?? "",
    ...changes,
  });
}

async function invitedClient(admin: AdminActor) {
  const input = clientForm();
  const created = await createClient(admin, input);
  if (!created.ok) throw new Error("not created");
  const client = await db().client.findUniqueOrThrow({ where: { id: created.clientId } });

  return { client, email: input.email };
}

describe("editing a client", () => {
  it("saves the details, gives the account the same name, and audits the fields by name", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());

    const result = await updateClient(
      admin,
      editForm(client, account.email, { name: "  Nieuwe   Naam ", dateOfBirth: "02-01-1950" }),
    );

    expect(result).toEqual({ ok: true, changed: ["name", "dateOfBirth"] });
    const saved = await db().client.findUniqueOrThrow({ where: { id: client.id } });
    expect(saved.name).toBe("Nieuwe Naam");
    expect(saved.dateOfBirth?.toISOString()).toBe("1950-01-02T00:00:00.000Z");
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      name: "Nieuwe Naam",
    });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { subjectClientId: client.id, action: "account.update" },
    });
    expect(event.detail).toEqual({
      clientId: client.id,
      accountId: account.id,
      fields: "name,dateOfBirth",
    });
  });

  it("changes nothing and writes no event when nothing was changed", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());

    expect(await updateClient(admin, editForm(client, account.email))).toEqual({
      ok: true,
      changed: [],
    });
    expect(await db().auditEvent.count({ where: { subjectClientId: client.id } })).toBe(0);
  });

  it("invites an invited account again at its new address and voids the old link", async () => {
    const admin = await createAdmin(db());
    const { client, email: oldEmail } = await invitedClient(admin);
    const oldToken = tokenFromMail((await mailsTo(db(), oldEmail))[0]!.text, ACTIVATION_PATH);
    const newEmail = `nieuw-${unique()}@example.test`;

    const result = await updateClient(admin, editForm(client, newEmail.toUpperCase()));

    expect(result).toEqual({ ok: true, changed: ["email"], reinvited: { mailSent: true } });
    expect(await findUsableActionToken(oldToken, "ACTIVATION")).toBeNull();
    expect(await mailsTo(db(), oldEmail)).toHaveLength(1);
    const [mail] = await mailsTo(db(), newEmail);
    const account = await db().account.findUniqueOrThrow({ where: { email: newEmail } });
    expect(
      await findUsableActionToken(tokenFromMail(mail!.text, ACTIVATION_PATH), "ACTIVATION"),
    ).toMatchObject({ accountId: account.id });
  });

  it("moves an active account to the new address, voids links sent before, and ends its sessions", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    const other = await createActiveClient(db());
    await openSession(account.id);
    await openSession(account.id);
    await openSession(other.account.id);
    const { token: resetToken } = await issueActionToken(account.id, "PASSWORD_RESET");
    const newEmail = `verhuisd-${unique()}@example.test`;

    const result = await updateClient(admin, editForm(client, newEmail));

    expect(result).toEqual({
      ok: true,
      changed: ["email"],
      movedActive: { oldAddressNotified: true },
    });
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      email: newEmail,
      status: "ACTIVE",
    });
    expect(await findUsableActionToken(resetToken, "PASSWORD_RESET")).toBeNull();
    expect(await openSessionsOf(account.id)).toBe(0);
    expect(await openSessionsOf(other.account.id)).toBe(1);
    const ended = await db().auditEvent.findFirstOrThrow({
      where: { action: "session.ended", detail: { path: ["accountId"], equals: account.id } },
    });
    expect(ended).toMatchObject({
      actorAccountId: admin.accountId,
      detail: { accountId: account.id, reason: "email_changed", count: 2 },
    });
  });

  it("tells the old address of an active account, and only that one, without the new address", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    const newEmail = `aanvaller-${unique()}@example.test`;
    const before = await db().outboxMessage.count();

    await updateClient(admin, editForm(client, newEmail));

    expect(await db().outboxMessage.count()).toBe(before + 1);
    const [mail, ...more] = await mailsTo(db(), account.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Het e-mailadres van uw account voor Mijn norazorg is gewijzigd");
    expect(mail!.text).toContain("De administratie van Nora Zorg heeft op ");
    expect(mail!.text).toContain("U logt voortaan in met het nieuwe e-mailadres.");
    expect(mail!.text).toContain("administratie@norazorg.example");
    expect(mail!.text).toContain("020 123 45 67");
    for (const part of [mail!.subject, mail!.text, mail!.html]) {
      expect(part.toLowerCase()).not.toContain(newEmail.toLowerCase());
      expect(part).not.toContain(client.name);
    }
    expect(mail!.html).not.toContain("href=");
    expect(await mailsTo(db(), newEmail)).toHaveLength(0);
  });

  it("keeps the new address when the mail to the old one fails, and says so", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    await openSession(account.id);
    const newEmail = `verhuisd-${unique()}@example.test`;
    useMailTransport(failingTransport);

    const result = await updateClient(admin, editForm(client, newEmail));

    expect(result).toEqual({
      ok: true,
      changed: ["email"],
      movedActive: { oldAddressNotified: false },
    });
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      email: newEmail,
    });
    expect(await openSessionsOf(account.id)).toBe(0);
  });

  it("sends no mail and ends no session when only the name changes", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    await openSession(account.id);

    const result = await updateClient(admin, editForm(client, account.email, { name: "Ander" }));

    expect(result).toEqual({ ok: true, changed: ["name"] });
    expect(await mailsTo(db(), account.email)).toHaveLength(0);
    expect(await openSessionsOf(account.id)).toBe(1);
  });

  it("sends an invited account only the invitation, nothing about the change to its old address", async () => {
    const admin = await createAdmin(db());
    const { client, email: oldEmail } = await invitedClient(admin);
    const newEmail = `nieuw-${unique()}@example.test`;

    const result = await updateClient(admin, editForm(client, newEmail));

    expect(result).toEqual({ ok: true, changed: ["email"], reinvited: { mailSent: true } });
    const [invitation] = await mailsTo(db(), oldEmail);
    expect(invitation!.subject).toBe("Activeer uw account voor Mijn norazorg");
    expect(await mailsTo(db(), oldEmail)).toHaveLength(1);
    const mails = await mailsTo(db(), newEmail);
    expect(mails.map((mail) => mail.subject)).toEqual(["Activeer uw account voor Mijn norazorg"]);
  });

  it("refuses an address or number of another client and changes nothing", async () => {
    const admin = await createAdmin(db());
    const other = await createActiveClient(db());
    const { account, client } = await createActiveClient(db());

    const result = await updateClient(
      admin,
      editForm(client, other.account.email, { clientNumber: other.client.clientNumber }),
    );

    expect(result).toEqual({
      ok: false,
      error: "DUPLICATE",
      fieldErrors: { email: "EMAIL_TAKEN", clientNumber: "CLIENT_NUMBER_TAKEN" },
    });
    expect(await db().client.findUniqueOrThrow({ where: { id: client.id } })).toEqual(client);
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      email: account.email,
    });
  });

  it("requires the address of a client that has an account", async () => {
    const admin = await createAdmin(db());
    const { client } = await createActiveClient(db());

    expect(await updateClient(admin, editForm(client, ""))).toEqual({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { email: "EMAIL_REQUIRED" },
    });
  });

  it("answers not found for a client that does not exist", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());

    const result = await updateClient(admin, {
      ...editForm(client, account.email),
      clientId: crypto.randomUUID(),
    });

    expect(result).toEqual({ ok: false, error: "NOT_FOUND" });
  });
});
