import { describe, expect, it } from "vitest";
import { inviteAdmin } from "@/lib/admin/admins/invite-admin";
import { listAdmins } from "@/lib/admin/admins/list-admins";
import { adminInviteSchema } from "@/lib/admin/forms/admin-invite-schema";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { findUsableActionToken } from "@/lib/accounts/tokens/find-action-token";
import { useTestDatabase } from "@/tests/support/test-database";
import { createAdmin, mailsTo, tokenFromMail, unique } from "./support/admin-fixtures";

const db = useTestDatabase();

describe("inviting an admin", () => {
  it("creates an invited admin account and mails the admin invitation", async () => {
    const admin = await createAdmin(db());
    const input = adminInviteSchema.parse({
      name: "Sanne de Wit",
      email: ` Sanne.${unique()}@NoraZorg.example `,
    });

    const result = await inviteAdmin(admin, input);

    expect(result).toEqual({ ok: true, accountId: expect.any(String), mailSent: true });
    const account = await db().account.findUniqueOrThrow({ where: { email: input.email } });
    expect(account).toMatchObject({ role: "ADMIN", status: "INVITED", name: "Sanne de Wit" });
    expect(await db().dossierGrant.count({ where: { accountId: account.id } })).toBe(0);
    const [mail] = await mailsTo(db(), input.email);
    expect(mail?.subject).toBe("Uitnodiging als beheerder van Mijn norazorg");
    const token = tokenFromMail(mail!.text, ACTIVATION_PATH);
    expect(await findUsableActionToken(token, "ACTIVATION")).toMatchObject({
      accountId: account.id,
    });
    expect((await listAdmins()).map((listed) => listed.id)).toContain(account.id);
  });

  it("refuses an address that already has an account, admin or client", async () => {
    const admin = await createAdmin(db());
    const email = `bestaand-${unique()}@example.test`;
    await db().account.create({ data: { email, name: "Cliënt", role: "CLIENT" } });
    const accounts = await db().account.count();

    const result = await inviteAdmin(admin, { name: "Tweede", email });

    expect(result).toEqual({
      ok: false,
      error: "DUPLICATE",
      fieldErrors: { email: "EMAIL_TAKEN" },
    });
    expect(await db().account.count()).toBe(accounts);
    expect(await mailsTo(db(), email)).toHaveLength(0);
  });
});
