import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { MAX_FAILED_PASSWORD_ATTEMPTS } from "../constants";
import { auditAuthStep } from "../audit/audit-auth-step";
import { lockPeriodMs } from "./lock-period";

// Counts a wrong password (an atomic increment, so parallel attempts all
// count) and locks the account once the count reaches the limit. Only the
// request that finds the count at the limit applies the lock; the count
// starts again from zero for the next lock period.
export async function recordFailedPassword(
  db: Db,
  accountId: string,
  origin: RequestOrigin,
  now: Date,
): Promise<void> {
  const counted = await db.account.update({
    where: { id: accountId },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true, lockCount: true },
  });
  if (counted.failedLoginCount < MAX_FAILED_PASSWORD_ATTEMPTS) return;

  const lockedUntil = new Date(now.getTime() + lockPeriodMs(counted.lockCount));
  const locked = await db.account.updateMany({
    where: { id: accountId, failedLoginCount: { gte: MAX_FAILED_PASSWORD_ATTEMPTS } },
    data: { failedLoginCount: 0, lockCount: { increment: 1 }, lockedUntil },
  });
  if (locked.count !== 1) return;

  await auditAuthStep({
    action: "login.locked",
    outcome: "DENIED",
    origin,
    accountId,
    detail: {
      lockNumber: counted.lockCount + 1,
      lockedMinutes: lockPeriodMs(counted.lockCount) / 60_000,
    },
  });
}
