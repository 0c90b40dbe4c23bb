import crypto from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db/client";
import { getRateLimiter } from "./get-rate-limiter";
import type { RateLimitPolicyName } from "./policies";

export type RateLimitCheck = { policy: RateLimitPolicyName; key: string };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// Keys are stored as a keyed hash: the table then holds no IP or e-mail
// address, and nobody can test an address against it without the secret.
export function hashRateLimitKey(key: string): string {
  return crypto
    .createHmac("sha256", getConfig().authSecret)
    .update(`rate-limit:${key}`)
    .digest("base64url");
}

// Counts one attempt against every given limit (all of them, so that being
// refused by one still counts towards the others) and refuses the attempt
// if any limit is exceeded, telling how long until it lifts.
export async function enforceRateLimits(checks: RateLimitCheck[]): Promise<RateLimitVerdict> {
  const db = await getDb();

  const results = await Promise.all(
    checks.map(async ({ policy, key }) => {
      try {
        await getRateLimiter(db, policy).consume(hashRateLimitKey(key));
        return 0;
      } catch (refusal) {
        // Refusals arrive as RateLimiterRes; anything else is a store error.
        if (refusal instanceof RateLimiterRes) return Math.max(refusal.msBeforeNext, 1000);
        throw refusal;
      }
    }),
  );

  const waitMs = Math.max(...results, 0);
  if (waitMs === 0) return { allowed: true };

  return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

// Forgets the attempts counted under one key, e.g. after a correct password.
export async function resetRateLimit(policy: RateLimitPolicyName, key: string): Promise<void> {
  const db = await getDb();

  await getRateLimiter(db, policy).delete(hashRateLimitKey(key));
}
