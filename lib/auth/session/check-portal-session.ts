import { subSeconds } from "date-fns";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { SESSION_TOUCH_INTERVAL_SECONDS } from "../constants";
import type { CurrentSession } from "./current-session";
import { endPortalSession } from "./end-portal-session";
import { judgePortalSession } from "./judge-portal-session";

export type CheckPortalSessionInput = {
  sessionId: string;
  accountId: string;
  origin?: RequestOrigin;
  now?: Date;
};

// Looks up the session a cookie names and applies the rules in
// judgePortalSession. A session found idle, expired or of an inactive
// account is ended here for good (and audited once). A valid one has its
// lastSeenAt moved on, at most once per SESSION_TOUCH_INTERVAL_SECONDS.
export async function checkPortalSession(
  input: CheckPortalSessionInput,
): Promise<CurrentSession | null> {
  const db = await getDb();
  const now = input.now ?? new Date();

  const session = await db.portalSession.findUnique({
    where: { id: input.sessionId },
    select: {
      id: true,
      accountId: true,
      lastSeenAt: true,
      expiresAt: true,
      endedAt: true,
      account: { select: { status: true, role: true, name: true, email: true } },
    },
  });
  const verdict = judgePortalSession(session, input.accountId, now);

  if (verdict !== "valid" || !session) {
    const mustEnd = verdict === "idle" || verdict === "expired" || verdict === "account_inactive";
    if (session && mustEnd && (await endPortalSession(db, session.id, verdict, now))) {
      await recordAuditEvent({
        action: "session.ended",
        outcome: "SUCCESS",
        actorAccountId: session.accountId,
        ip: input.origin?.ip ?? null,
        userAgent: input.origin?.userAgent ?? null,
        detail: { sessionId: session.id, reason: verdict },
      });
    }
    return null;
  }

  await db.portalSession.updateMany({
    where: {
      id: session.id,
      endedAt: null,
      lastSeenAt: { lt: subSeconds(now, SESSION_TOUCH_INTERVAL_SECONDS) },
    },
    data: { lastSeenAt: now },
  });

  return {
    sessionId: session.id,
    accountId: session.accountId,
    role: session.account.role,
    name: session.account.name,
    email: session.account.email,
  };
}
