import type { Db } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { findOwnClientId } from "@/lib/auth/audit/find-own-client-id";
import { logger } from "@/lib/log/logger";
import type { AuditAction } from "./audit-actions";

export type AuditEventInput = {
  action: AuditAction;
  outcome: "SUCCESS" | "FAILURE" | "DENIED";
  actorAccountId?: string | null;
  // Whose dossier or account the event is about. Left out, it is the
  // actor's own client, if the actor is one: signing in, codes and sessions
  // of a client's account then show in that client's audit trail.
  subjectClientId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  // Ids and reasons only: never passwords, codes, names or dossier text.
  detail?: Record<string, string | number | boolean | null>;
};

// Writes one NEN 7513 audit event. Pass `db` inside a transaction so the
// event commits or rolls back with the change it describes.
export async function recordAuditEvent(event: AuditEventInput, db?: Db): Promise<void> {
  const client = db ?? (await getDb());
  const subjectClientId =
    event.subjectClientId !== undefined
      ? event.subjectClientId
      : event.actorAccountId
        ? await findOwnClientId(client, event.actorAccountId)
        : null;

  await client.auditEvent.create({
    data: {
      action: event.action,
      outcome: event.outcome,
      actorAccountId: event.actorAccountId ?? null,
      subjectClientId,
      ip: event.ip ?? null,
      userAgent: event.userAgent ?? null,
      detail: event.detail ?? undefined,
    },
  });

  logger.info(
    { audit: event.action, outcome: event.outcome, actor: event.actorAccountId ?? null },
    "audit event",
  );
}
