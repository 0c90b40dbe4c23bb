import type { Db } from "@/lib/db/client";

// Ends one session for good. True when this call ended it, false when it
// had already ended (so the caller audits it only once).
export async function endPortalSession(
  db: Db,
  sessionId: string,
  reason: string,
  now: Date = new Date(),
): Promise<boolean> {
  const ended = await db.portalSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: now, endReason: reason },
  });

  return ended.count === 1;
}
