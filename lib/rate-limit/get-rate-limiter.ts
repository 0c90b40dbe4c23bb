import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";
import { RATE_LIMIT_POLICIES, type RateLimitPolicyName } from "./policies";

// One limiter per policy and database client, made on first use.
const limiters = new WeakMap<Db, Map<RateLimitPolicyName, RateLimiterPrisma>>();

export function getRateLimiter(db: Db, name: RateLimitPolicyName): RateLimiterPrisma {
  let byName = limiters.get(db);
  if (!byName) {
    byName = new Map();
    limiters.set(db, byName);
  }

  let limiter = byName.get(name);
  if (!limiter) {
    const policy = RATE_LIMIT_POLICIES[name];
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: name,
      points: policy.points,
      duration: policy.durationSeconds,
    });
    byName.set(name, limiter);
  }

  return limiter;
}
