import { getDb } from "@/lib/db/client";
import { resetRateLimit } from "@/lib/rate-limit/enforce-rate-limits";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import { findAccountSubject } from "./find-account-subject";

// Ends a lock after too many wrong passwords before its time, e.g. once
// the administration has spoken to the client. The count of earlier locks
// stays, so if the wrong passwords go on, the next lock still lasts longer.
// The limit on passwords tried for the address ends with it: it fills up
// with the same wrong passwords as the lock, and would otherwise keep the
// client out for as long.
export async function unlockAccount(
  actor: AdminActor,
  input: { accountId: string },
): Promise<AdminResult> {
  const db = await getDb();
  const subject = await findAccountSubject(db, input.accountId);
  if (!(await authorizeAdmin(actor, "account.unlock", subject?.clientId))) {
    return adminFailure("FORBIDDEN");
  }
  if (!subject) return adminFailure("NOT_FOUND");

  // One conditional update: only a lock that is still running is lifted.
  const unlocked = await db.account.updateMany({
    where: { id: subject.id, lockedUntil: { gt: new Date() } },
    data: { lockedUntil: null, failedLoginCount: 0 },
  });
  const done = unlocked.count === 1;
  if (done) await resetRateLimit("loginPasswordPerAccount", subject.email);
  await auditAdminChange(actor, {
    action: "account.unlock",
    outcome: done ? "SUCCESS" : "FAILURE",
    subjectClientId: subject.clientId,
    detail: { accountId: subject.id, ...(done ? {} : { reason: "not_locked" }) },
  });

  return done ? { ok: true } : adminFailure("NOT_LOCKED");
}
