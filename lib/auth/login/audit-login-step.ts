import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";

export type LoginAuditInput = {
  action: AuditAction;
  outcome: "SUCCESS" | "FAILURE" | "DENIED";
  origin: RequestOrigin;
  accountId?: string | null;
  // A short reason code and ids: never the address, password or code.
  detail?: Record<string, string | number | boolean | null>;
};

// One audit event for one sign-in step, with where the request came from.
export function auditLoginStep(input: LoginAuditInput, db?: Db): Promise<void> {
  return recordAuditEvent(
    {
      action: input.action,
      outcome: input.outcome,
      actorAccountId: input.accountId ?? null,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      detail: input.detail,
    },
    db,
  );
}
