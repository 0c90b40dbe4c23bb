import type { AccountRole, ChallengePurpose } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { auditAuthStep } from "../audit/audit-auth-step";
import { normalizeCodeInput } from "../codes/normalize-code-input";
import { MAX_CODE_ATTEMPTS } from "../constants";
import type { LoginFailure } from "../errors/login-error-codes";
import { CHALLENGE_RULES } from "./challenge-rules";
import { consumeChallengeCode } from "./consume-challenge-code";
import { countWrongCode } from "./count-wrong-code";
import { findChallenge } from "./find-challenge";
import { judgeChallenge } from "./judge-challenge";

export type VerifyChallengeCodeInput = {
  purpose: ChallengePurpose;
  // The opaque reference from the browser's challenge cookie.
  reference: unknown;
  code: unknown;
  origin: RequestOrigin;
  now?: Date;
};

export type VerifiedChallenge = {
  ok: true;
  sessionId: string;
  accountId: string;
  role: AccountRole;
};

// The code step of signing in, activating or resetting: on success the
// challenge is finished, what it was for is done, and a PortalSession
// exists; the caller (next-auth's authorize) only has to put its id in the
// session cookie.
//
// A wrong code always counts, also for a challenge that a parallel wrong
// code has just voided: so N simultaneous wrong codes are N attempts.
export async function verifyChallengeCode(
  input: VerifyChallengeCodeInput,
): Promise<VerifiedChallenge | LoginFailure> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const { origin, purpose } = input;

  const challenge = await findChallenge(db, input.reference, purpose);
  const audit = (outcome: "FAILURE" | "DENIED", reason: string) =>
    auditAuthStep({
      action: CHALLENGE_RULES[purpose].codeAuditAction,
      outcome,
      origin,
      accountId: challenge?.account.id ?? null,
      detail: { reason, challengeId: challenge?.id ?? null },
    });

  const closed = judgeChallenge(challenge, now, { allowVoided: true });
  if (closed || !challenge) {
    const error = closed ?? "CHALLENGE_MISSING";
    await audit("FAILURE", error.toLowerCase());
    return { ok: false, error };
  }

  const code = normalizeCodeInput(input.code);
  if (!code) {
    await audit("FAILURE", "malformed_code");
    return { ok: false, error: "CODE_FORMAT" };
  }

  const limit = await enforceRateLimits([
    { policy: "codeCheckPerIp", key: origin.ip },
    { policy: "codeCheckPerAccount", key: challenge.account.id },
  ]);
  if (!limit.allowed) {
    await audit("DENIED", "rate_limited");
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const consumed = await consumeChallengeCode(db, {
    challengeId: challenge.id,
    accountId: challenge.account.id,
    purpose,
    code,
    origin,
    now,
  });
  if (consumed.ok) {
    return {
      ok: true,
      sessionId: consumed.sessionId,
      accountId: challenge.account.id,
      role: challenge.account.role,
    };
  }
  if (consumed.error) {
    // The right code, but the challenge can never finish now (its link
    // was used or replaced meanwhile): close it for good.
    await db.challenge.updateMany({
      where: { id: challenge.id, completedAt: null, voidedAt: null },
      data: { voidedAt: now, pendingPasswordHash: null },
    });
    await audit("FAILURE", consumed.error.toLowerCase());
    return { ok: false, error: consumed.error };
  }

  return refuseCode(challenge.id, now, audit);
}

// The code did not fit. When the challenge's current code has expired no
// code can fit, so the person is told to ask for a new one and nothing is
// counted; otherwise the wrong code counts towards voiding the challenge.
async function refuseCode(
  challengeId: string,
  now: Date,
  audit: (outcome: "FAILURE", reason: string) => Promise<void>,
): Promise<LoginFailure> {
  const db = await getDb();
  const current = await db.oneTimeCode.findFirst({
    where: { challengeId, consumedAt: null, supersededAt: null },
    orderBy: { createdAt: "desc" },
    select: { expiresAt: true },
  });
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: { voidedAt: true },
  });
  if (current && current.expiresAt <= now && !challenge?.voidedAt) {
    await audit("FAILURE", "code_expired");
    return { ok: false, error: "CODE_EXPIRED" };
  }

  const counted = await countWrongCode(db, challengeId, now);
  if (!counted) {
    await audit("FAILURE", "challenge_missing");
    return { ok: false, error: "CHALLENGE_MISSING" };
  }

  await audit("FAILURE", counted.voided ? "wrong_code_voided" : "wrong_code");
  if (counted.failedAttempts >= MAX_CODE_ATTEMPTS) return { ok: false, error: "CHALLENGE_VOIDED" };
  if (counted.voided) return { ok: false, error: "CHALLENGE_MISSING" };

  return {
    ok: false,
    error: "CODE_INVALID",
    attemptsLeft: MAX_CODE_ATTEMPTS - counted.failedAttempts,
  };
}
