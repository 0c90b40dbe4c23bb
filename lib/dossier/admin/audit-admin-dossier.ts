import { recordAuditEvent, type AuditEventInput } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import type { AdminDossierAccess } from "./admin-dossier-access";

type AdminDossierEvent = {
  action: "dossier.view" | "dossier.write";
  outcome: AuditEventInput["outcome"];
  subjectClientId: string | null;
  // Page, record kind, ids, operation, field names and reasons: never content.
  detail: NonNullable<AuditEventInput["detail"]>;
};

// One audit event for staff work in a dossier. `via: "admin"` tells these
// apart from a client's or representative's reads through a grant.
export function auditAdminDossier(access: AdminDossierAccess, event: AdminDossierEvent, db?: Db) {
  return recordAuditEvent(
    {
      action: event.action,
      outcome: event.outcome,
      actorAccountId: access.actor.accountId,
      subjectClientId: event.subjectClientId,
      ip: access.origin?.ip ?? null,
      userAgent: access.origin?.userAgent ?? null,
      detail: { via: "admin", ...event.detail },
    },
    db,
  );
}
