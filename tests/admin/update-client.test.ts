import { describe, expect, it } from "vitest";
import { createClient } from "@/lib/admin/clients/create-client";
import { updateClient } from "@/lib/admin/clients/update-client";
import { clientUpdateSchema } from "@/lib/admin/forms/client-form-schema";
import type { AdminActor } from "@/lib/admin/admin-actor";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { findUsableActionToken } from "@/lib/accounts/tokens/find-action-token";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  clientForm,
  createActiveClient,
  createAdmin,
  mailsTo,
  tokenFromMail,
  unique,
} from "./support/admin-fixtures";

const db = useTestDatabase();

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

  it("moves an active account to the new address, mails neither, and voids links sent before", async () => {
    const admin = await createAdmin(db());
    const { account, client } = await createActiveClient(db());
    const { token: resetToken } = await issueActionToken(account.id, "PASSWORD_RESET");
    const newEmail = `verhuisd-${unique()}@example.test`;

    const result = await updateClient(admin, editForm(client, newEmail));

    expect(result).toEqual({ ok: true, changed: ["email"] });
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      email: newEmail,
      status: "ACTIVE",
    });
    expect(await findUsableActionToken(resetToken, "PASSWORD_RESET")).toBeNull();
    expect(await mailsTo(db(), account.email)).toHaveLength(0);
    expect(await mailsTo(db(), newEmail)).toHaveLength(0);
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
