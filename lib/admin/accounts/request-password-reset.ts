import { sendPasswordResetLink } from "@/lib/accounts/password-reset/send-password-reset-link";
import { getDb } from "@/lib/db/client";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import { findAccountSubject } from "./find-account-subject";

// Mails the account owner a link to choose a new password. The admin never
// sees or sets the password; it stays as it is until the owner uses the
// link.
export async function requestPasswordReset(
  actor: AdminActor,
  input: { accountId: string },
): Promise<AdminResult> {
  const db = await getDb();
  const subject = await findAccountSubject(db, input.accountId);
  if (!(await authorizeAdmin(actor, "password.reset_requested", subject?.clientId))) {
    return adminFailure("FORBIDDEN");
  }
  if (!subject) return adminFailure("NOT_FOUND");

  const sent = await sendPasswordResetLink(subject.id);
  await auditAdminChange(actor, {
    action: "password.reset_requested",
    outcome: sent.ok ? "SUCCESS" : "FAILURE",
    subjectClientId: subject.clientId,
    detail: { accountId: subject.id, ...(sent.ok ? {} : { reason: sent.error.toLowerCase() }) },
  });

  return sent.ok ? { ok: true } : adminFailure(sent.error);
}
