import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { enforceRateLimits, resetRateLimit } from "./enforce-rate-limits";
import { RATE_LIMIT_POLICIES } from "./policies";

const uniqueKey = () => `key-${crypto.randomUUID()}`;

describe("enforceRateLimits", () => {
  const db = useTestDatabase();

  it("allows a policy's number of attempts per key, then refuses with a wait", async () => {
    const key = uniqueKey();
    const { points, durationSeconds } = RATE_LIMIT_POLICIES.loginPasswordPerAccount;

    for (let i = 0; i < points; i++) {
      expect(await enforceRateLimits([{ policy: "loginPasswordPerAccount", key }])).toEqual({
        allowed: true,
      });
    }
    const refused = await enforceRateLimits([{ policy: "loginPasswordPerAccount", key }]);

    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(durationSeconds - 60);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(durationSeconds);
    }
  });

  it("counts each key and each policy on its own", async () => {
    const key = uniqueKey();
    const { points } = RATE_LIMIT_POLICIES.codeSendPerAccount;
    for (let i = 0; i <= points; i++) {
      await enforceRateLimits([{ policy: "codeSendPerAccount", key }]);
    }

    expect((await enforceRateLimits([{ policy: "codeSendPerAccount", key }])).allowed).toBe(false);
    expect(
      (await enforceRateLimits([{ policy: "codeSendPerAccount", key: uniqueKey() }])).allowed,
    ).toBe(true);
    expect((await enforceRateLimits([{ policy: "codeSendPerIp", key }])).allowed).toBe(true);
  });

  it("refuses when any one of several limits is reached, and still counts the others", async () => {
    const blocked = uniqueKey();
    const other = uniqueKey();
    const { points } = RATE_LIMIT_POLICIES.loginPasswordPerAccount;
    for (let i = 0; i < points; i++) {
      await enforceRateLimits([{ policy: "loginPasswordPerAccount", key: blocked }]);
    }

    const verdict = await enforceRateLimits([
      { policy: "loginPasswordPerAccount", key: blocked },
      { policy: "loginPasswordPerIp", key: other },
    ]);

    expect(verdict.allowed).toBe(false);
    const otherRows = await db().rateLimiterFlexible.findMany({
      where: { key: { startsWith: "loginPasswordPerIp:" } },
    });
    expect(otherRows.some((row) => row.points === 1)).toBe(true);
  });

  it("counts simultaneous attempts each", async () => {
    const key = uniqueKey();
    await Promise.all(
      Array.from({ length: 8 }, () => enforceRateLimits([{ policy: "codeCheckPerIp", key }])),
    );

    const rows = await db().rateLimiterFlexible.findMany({
      where: { key: { startsWith: "codeCheckPerIp:" } },
    });
    expect(rows.map((row) => row.points)).toContain(8);
  });

  it("forgets a key when reset", async () => {
    const key = uniqueKey();
    const { points } = RATE_LIMIT_POLICIES.loginPasswordPerAccount;
    for (let i = 0; i <= points; i++) {
      await enforceRateLimits([{ policy: "loginPasswordPerAccount", key }]);
    }

    await resetRateLimit("loginPasswordPerAccount", key);

    expect((await enforceRateLimits([{ policy: "loginPasswordPerAccount", key }])).allowed).toBe(
      true,
    );
  });

  it("stores keys only as a keyed hash, never the address itself", async () => {
    const address = `iemand-${crypto.randomUUID()}@example.test`;
    await enforceRateLimits([
      { policy: "loginPasswordPerAccount", key: address },
      { policy: "loginPasswordPerIp", key: "192.0.2.77" },
    ]);

    const keys = (await db().rateLimiterFlexible.findMany()).map((row) => row.key).join(" ");
    expect(keys).not.toContain(address);
    expect(keys).not.toContain("192.0.2.77");
  });
});
