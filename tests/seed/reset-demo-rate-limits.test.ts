import { describe, expect, it } from "vitest";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { hashPassword } from "@/lib/passwords/hash-password";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { resetDemoRateLimits } from "@/prisma/seed/reset-demo-rate-limits";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { useTestDatabase } from "../support/test-database";

describe("seeding again", () => {
  const db = useTestDatabase();

  it("lets a demo account that used up its code mails sign in again, and keeps the limit per client address", async () => {
    await seedDemoData(db(), { hashPassword, timeZone: "Europe/Amsterdam", now: new Date() });
    const demo = DEMO_ACCOUNTS.find((account) => account.role === "CLIENT")!;
    const { id } = await db().account.findUniqueOrThrow({ where: { email: demo.email } });
    const perAccount = { policy: "codeSendPerAccount" as const, key: id };
    const perIp = { policy: "codeSendPerIp" as const, key: "127.0.0.1" };
    for (let sent = 0; sent < RATE_LIMIT_POLICIES.codeSendPerAccount.points; sent += 1) {
      await enforceRateLimits([perAccount, perIp]);
    }
    expect(await enforceRateLimits([perAccount])).toMatchObject({ allowed: false });

    await resetDemoRateLimits(db());

    expect(await enforceRateLimits([perAccount])).toEqual({ allowed: true });
    const ipLeft = RATE_LIMIT_POLICIES.codeSendPerIp.points - RATE_LIMIT_POLICIES.codeSendPerAccount.points;
    for (let sent = 0; sent < ipLeft; sent += 1) await enforceRateLimits([perIp]);
    expect(await enforceRateLimits([perIp])).toMatchObject({ allowed: false });
  });
});
