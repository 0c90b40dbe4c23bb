import type { AuditAction } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AdminActor } from "./admin-actor";

// The role check every admin operation starts with, on the server, even
// though the pages and actions already asked requireAdminSession(): an
// operation called any other way is refused just the same. A refusal is
// audited as DENIED under the action that was attempted.
export async function authorizeAdmin(
  actor: AdminActor,
  action: AuditAction,
  subjectClientId?: string | null,
): Promise<boolean> {
  if (actor.role === "ADMIN") return true;

  await recordAuditEvent({
    action,
    outcome: "DENIED",
    actorAccountId: actor.accountId,
    subjectClientId: subjectClientId ?? null,
    ip: actor.origin?.ip ?? null,
    userAgent: actor.origin?.userAgent ?? null,
    detail: { reason: "not_admin" },
  });

  return false;
}
