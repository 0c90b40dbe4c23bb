import type { AuditAction } from "@/lib/audit/audit-actions";
import { recordAuditEvent, type AuditEventInput } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import type { AdminActor } from "./admin-actor";

export type AdminChangeAudit = {
  action: AuditAction;
  outcome: AuditEventInput["outcome"];
  subjectClientId?: string | null;
  // Ids, field names and reason codes only: never names, addresses or
  // dossier text.
  detail?: AuditEventInput["detail"];
};

// One audit event for something an admin did or tried. Pass `db` inside a
// transaction so the event commits together with the change.
export function auditAdminChange(actor: AdminActor, event: AdminChangeAudit, db?: Db) {
  return recordAuditEvent(
    {
      ...event,
      actorAccountId: actor.accountId,
      ip: actor.origin?.ip ?? null,
      userAgent: actor.origin?.userAgent ?? null,
    },
    db,
  );
}
