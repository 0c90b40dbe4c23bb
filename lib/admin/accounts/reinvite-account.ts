import { sendInvitation } from "@/lib/accounts/invitations/send-invitation";
import { getDb } from "@/lib/db/client";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import { findAccountSubject } from "./find-account-subject";

// "Opnieuw uitnodigen": a fresh activation link for an account that has
// not been activated yet; the link sent before stops working.
export async function reinviteAccount(
  actor: AdminActor,
  input: { accountId: string },
): Promise<AdminResult> {
  const db = await getDb();
  const subject = await findAccountSubject(db, input.accountId);
  if (!(await authorizeAdmin(actor, "account.invite", subject?.clientId))) {
    return adminFailure("FORBIDDEN");
  }
  if (!subject) return adminFailure("NOT_FOUND");

  const sent = await sendInvitation(subject.id);
  await auditAdminChange(actor, {
    action: "account.invite",
    outcome: sent.ok ? "SUCCESS" : "FAILURE",
    subjectClientId: subject.clientId,
    detail: { accountId: subject.id, ...(sent.ok ? {} : { reason: sent.error.toLowerCase() }) },
  });

  return sent.ok ? { ok: true } : adminFailure(sent.error);
}
