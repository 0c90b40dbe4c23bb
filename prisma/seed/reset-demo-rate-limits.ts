import type { Db } from "@/lib/db/client";
import { resetRateLimit } from "@/lib/rate-limit/enforce-rate-limits";
import { DEMO_ACCOUNTS } from "./demo-accounts";

// A demo is tried by signing in again and again: seeding again lets the
// demo accounts sign in at once, as it already lifts their lockouts. Only
// the per-account limits, under the keys the sign-in steps count them by
// (the address for the password, the account for codes); limits per
// client address stay.
export async function resetDemoRateLimits(db: Db): Promise<void> {
  const accounts = await db.account.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: { id: true, email: true },
  });

  for (const account of accounts) {
    await resetRateLimit("loginPasswordPerAccount", account.email);
    await resetRateLimit("codeSendPerAccount", account.id);
    await resetRateLimit("codeCheckPerAccount", account.id);
  }
}
