import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";

export type AuthAuditInput = {
  action: AuditAction;
  outcome: "SUCCESS" | "FAILURE" | "DENIED";
  origin: RequestOrigin;
  accountId?: string | null;
  // The client the event is about; left out, the account's own client
  // (see recordAuditEvent).
  subjectClientId?: string | null;
  // A short reason code and ids: never the address, password, code or link.
  detail?: Record<string, string | number | boolean | null>;
};

// One audit event for one step of signing in or of an account's own
// password, with where the request came from. Pass `db` inside a
// transaction so the event commits or rolls back with the step.
export function auditAuthStep(input: AuthAuditInput, db?: Db): Promise<void> {
  return recordAuditEvent(
    {
      action: input.action,
      outcome: input.outcome,
      actorAccountId: input.accountId ?? null,
      subjectClientId: input.subjectClientId,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      detail: input.detail,
    },
    db,
  );
}
