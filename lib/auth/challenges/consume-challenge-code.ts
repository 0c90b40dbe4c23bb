import { addHours } from "date-fns";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { lockAccount } from "@/lib/accounts/lock-account";
import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { auditAuthStep } from "../audit/audit-auth-step";
import { hashVerificationCode } from "../codes/hash-verification-code";
import { MAX_CODE_ATTEMPTS, SESSION_MAX_HOURS } from "../constants";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { CompletionRefusedError } from "./challenge-completion";
import { CHALLENGE_COMPLETIONS } from "./challenge-completions";
import { CHALLENGE_RULES } from "./challenge-rules";

// Thrown inside the transaction to roll back a consumed code whose
// challenge was finished or voided by a parallel request.
class ChallengeClosedError extends Error {}

export type ConsumeResult =
  | { ok: true; sessionId: string }
  | { ok: false; error: LoginErrorCode | null };

type ConsumeInput = {
  challengeId: string;
  accountId: string;
  purpose: ChallengePurpose;
  code: string;
  origin: RequestOrigin;
  now: Date;
};

// Uses the code if it is the challenge's current, unused, unexpired code,
// and in the same transaction finishes the challenge, does what its
// purpose is for (activate, set the new password) and opens a portal
// session. Each guarding step is one conditional UPDATE that must change
// exactly one row; PostgreSQL re-checks the condition after waiting for a
// parallel writer, so of many simultaneous right codes exactly one gets
// through. `error: null` means the code did not fit (or its challenge
// closed meanwhile): the caller decides how to count it.
export async function consumeChallengeCode(db: Db, input: ConsumeInput): Promise<ConsumeResult> {
  const { challengeId, accountId, purpose, origin, now } = input;
  const completion = CHALLENGE_COMPLETIONS[purpose];
  const context = { challengeId, accountId, origin, now };

  let sessionId: string | null;
  try {
    sessionId = await db.$transaction(async (transaction) => {
      const tx = transaction as Db;
      // Everything that finishes a challenge, changes a password or ends
      // sessions takes the account's row first: such transactions for one
      // account then run one after the other instead of deadlocking on
      // each other's challenges, links and sessions.
      await lockAccount(tx, accountId);

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

      const { subjectClientId } = await completion.apply(tx, context);

      const session = await tx.portalSession.create({
        data: {
          accountId,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: addHours(now, SESSION_MAX_HOURS),
        },
        select: { id: true },
      });
      // The sign-in it replaces becomes the previous one, shown to the
      // client on "Informatie" (SET reads the row as it was).
      await tx.$executeRaw`
        UPDATE "Account" SET "previousLoginAt" = "lastLoginAt", "lastLoginAt" = ${now}
        WHERE "id" = ${accountId}`;
      await auditAuthStep(
        {
          action: CHALLENGE_RULES[purpose].codeAuditAction,
          outcome: "SUCCESS",
          origin,
          accountId,
          subjectClientId,
          detail: { sessionId: session.id },
        },
        tx,
      );

      return session.id;
    });
  } catch (error) {
    if (error instanceof ChallengeClosedError) return { ok: false, error: null };
    if (error instanceof CompletionRefusedError) return { ok: false, error: error.error };
    throw error;
  }
  if (!sessionId) return { ok: false, error: null };

  await completion.afterCommit?.(context);

  return { ok: true, sessionId };
}
