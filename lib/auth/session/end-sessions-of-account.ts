import { findOwnClientId } from "@/lib/auth/audit/find-own-client-id";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";

export type EndSessionsOptions = {
  // Keeps this one session open, e.g. the one that just changed the password.
  except?: string;
  // Short code stored on each row and in the audit log, e.g. "password_changed".
  reason: string;
  // Who caused it, when not the account itself (e.g. an admin).
  actorAccountId?: string;
  origin?: RequestOrigin;
  db?: Db;
};

// Ends every open session of an account at once: the next request of each
// of those browsers finds its session ended. Returns how many were ended.
export async function endSessionsOfAccount(
  accountId: string,
  options: EndSessionsOptions,
): Promise<number> {
  const db = options.db ?? (await getDb());

  const ended = await db.portalSession.updateMany({
    where: {
      accountId,
      endedAt: null,
      ...(options.except ? { id: { not: options.except } } : {}),
    },
    data: { endedAt: new Date(), endReason: options.reason },
  });

  if (ended.count > 0) {
    await recordAuditEvent(
      {
        action: "session.ended",
        outcome: "SUCCESS",
        actorAccountId: options.actorAccountId ?? accountId,
        // Under the account's own client, also when an admin ended them.
        subjectClientId: await findOwnClientId(db, accountId),
        ip: options.origin?.ip ?? null,
        userAgent: options.origin?.userAgent ?? null,
        detail: { accountId, reason: options.reason, count: ended.count },
      },
      db,
    );
  }

  return ended.count;
}
