import { addHours } from "date-fns";
import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { hashVerificationCode } from "../codes/hash-verification-code";
import { MAX_CODE_ATTEMPTS, SESSION_MAX_HOURS } from "../constants";
import { auditLoginStep } from "./audit-login-step";

// Thrown inside the transaction to roll back a consumed code whose
// challenge was finished or voided by a parallel request.
class ChallengeClosedError extends Error {}

// Uses the code if it is the challenge's current, unused, unexpired code,
// and in the same transaction finishes the challenge and opens a portal
// session. Each step is one conditional UPDATE that must change exactly
// one row; PostgreSQL re-checks the condition after waiting for a parallel
// writer, so of many simultaneous right codes exactly one gets through.
// Returns the new session's id, or null when the code did not fit.
export async function consumeLoginCode(
  db: Db,
  input: { challengeId: string; accountId: string; code: string; origin: RequestOrigin; now: Date },
): Promise<string | null> {
  const { challengeId, accountId, now } = input;

  try {
    return await db.$transaction(async (tx) => {
      const used = await tx.oneTimeCode.updateMany({
        where: {
          challengeId,
          codeHash: hashVerificationCode(challengeId, input.code),
          consumedAt: null,
          supersededAt: null,
          expiresAt: { gt: now },
        },
        data: { consumedAt: now },
      });
      if (used.count !== 1) return null;

      const finished = await tx.challenge.updateMany({
        where: {
          id: challengeId,
          completedAt: null,
          voidedAt: null,
          failedAttempts: { lt: MAX_CODE_ATTEMPTS },
          expiresAt: { gt: now },
        },
        data: { completedAt: now },
      });
      if (finished.count !== 1) throw new ChallengeClosedError();

      const session = await tx.portalSession.create({
        data: { accountId, createdAt: now, lastSeenAt: now, expiresAt: addHours(now, SESSION_MAX_HOURS) },
        select: { id: true },
      });
      await tx.account.update({ where: { id: accountId }, data: { lastLoginAt: now } });
      await auditLoginStep(
        {
          action: "login.code",
          outcome: "SUCCESS",
          origin: input.origin,
          accountId,
          detail: { sessionId: session.id },
        },
        tx as Db,
      );

      return session.id;
    });
  } catch (error) {
    if (error instanceof ChallengeClosedError) return null;
    throw error;
  }
}
