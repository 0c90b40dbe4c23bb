import { createAdminInvitation } from "@/lib/accounts/admins/create-admin-invitation";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import type { AdminInviteInput } from "../forms/admin-invite-schema";

export type InviteAdminResult = AdminResult<{ accountId: string; mailSent: boolean }>;

// "Beheerder uitnodigen": a new admin account, invited by e-mail. It
// becomes active once its owner follows the link and chooses a password.
export async function inviteAdmin(
  actor: AdminActor,
  input: AdminInviteInput,
): Promise<InviteAdminResult> {
  if (!(await authorizeAdmin(actor, "account.create"))) return adminFailure("FORBIDDEN");

  const result = await createAdminInvitation(input, {
    actorAccountId: actor.accountId,
    origin: actor.origin,
  });
  if (!result.ok) {
    await auditAdminChange(actor, {
      action: "account.create",
      outcome: "FAILURE",
      detail: { reason: "duplicate", fields: "email" },
    });
    return adminFailure("DUPLICATE", { email: "EMAIL_TAKEN" });
  }

  return { ok: true, accountId: result.accountId, mailSent: result.mailSent };
}
