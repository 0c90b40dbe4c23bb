import crypto from "node:crypto";
import { addMinutes } from "date-fns";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { sendVerificationCodeEmail } from "@/lib/mail/send-verification-code-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { auditAuthStep } from "../audit/audit-auth-step";
import { generateVerificationCode } from "../codes/generate-verification-code";
import { hashVerificationCode } from "../codes/hash-verification-code";
import { CODE_VALID_MINUTES, MAX_CODE_RESENDS, RESEND_COOLDOWN_SECONDS } from "../constants";
import type { LoginFailure } from "../errors/login-error-codes";
import { findChallenge } from "./find-challenge";
import { judgeChallenge } from "./judge-challenge";
import { resendWaitSeconds } from "./resend-wait-seconds";
import { errorKind } from "../errors/error-kind";

export type ResendChallengeCodeInput = {
  purpose: ChallengePurpose;
  reference: unknown;
  origin: RequestOrigin;
  now?: Date;
};

export type ResentCode = { ok: true; resendsLeft: number };

// "Nieuwe code sturen": a new code for the same challenge, at most
// MAX_CODE_RESENDS times and not within RESEND_COOLDOWN_SECONDS of the
// previous one. The new code replaces the earlier ones once its mail is
// out; wrong attempts made so far still count.
export async function resendChallengeCode(
  input: ResendChallengeCodeInput,
): Promise<ResentCode | LoginFailure> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const { origin, purpose } = input;

  const challenge = await findChallenge(db, input.reference, purpose);
  const audit = (outcome: "SUCCESS" | "FAILURE" | "DENIED", reason: string | null) =>
    auditAuthStep({
      action: "login.code_sent",
      outcome,
      origin,
      accountId: challenge?.account.id ?? null,
      detail: { purpose, reason, resend: true, challengeId: challenge?.id ?? null },
    });

  const closed = judgeChallenge(challenge, now);
  if (closed || !challenge) {
    const error = closed ?? "CHALLENGE_MISSING";
    await audit("FAILURE", error.toLowerCase());
    return { ok: false, error };
  }

  if (challenge.codesSent >= 1 + MAX_CODE_RESENDS) {
    await audit("DENIED", "resend_limit");
    return { ok: false, error: "RESEND_LIMIT" };
  }

  const previousSentAt = challenge.lastCodeSentAt;
  const waitSeconds = resendWaitSeconds(previousSentAt, now);
  if (waitSeconds > 0) {
    await audit("DENIED", "resend_too_soon");
    return { ok: false, error: "RESEND_TOO_SOON", retryAfterSeconds: waitSeconds };
  }

  // Claim this resend: only one of several simultaneous requests matches
  // the count it read, so two clicks cannot both send.
  const claimed = await db.challenge.updateMany({
    where: {
      id: challenge.id,
      codesSent: challenge.codesSent,
      completedAt: null,
      voidedAt: null,
    },
    data: { codesSent: { increment: 1 }, lastCodeSentAt: now },
  });
  if (claimed.count !== 1) {
    await audit("DENIED", "resend_too_soon");
    return { ok: false, error: "RESEND_TOO_SOON", retryAfterSeconds: RESEND_COOLDOWN_SECONDS };
  }

  // Counted only for the request that holds the claim, so simultaneous
  // clicks use up the send budget once, as they send once. Refused: the
  // claim is given back and the earlier code stays the valid one.
  const limit = await enforceRateLimits([
    { policy: "codeSendPerIp", key: origin.ip },
    { policy: "codeSendPerAccount", key: challenge.account.id },
  ]);
  if (!limit.allowed) {
    await db.challenge.update({
      where: { id: challenge.id },
      data: { codesSent: { decrement: 1 }, lastCodeSentAt: previousSentAt },
    });
    await audit("DENIED", "rate_limited");
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const codeId = crypto.randomUUID();
  const code = generateVerificationCode();
  await db.oneTimeCode.create({
    data: {
      id: codeId,
      challengeId: challenge.id,
      codeHash: hashVerificationCode(challenge.id, code),
      expiresAt: addMinutes(now, CODE_VALID_MINUTES),
      createdAt: now,
    },
  });

  try {
    await sendVerificationCodeEmail({ to: challenge.account.email, code, purpose });
  } catch (error) {
    // Undo this resend entirely: the earlier code stays valid and the
    // person may try again straight away.
    await db.oneTimeCode.delete({ where: { id: codeId } });
    await db.challenge.update({
      where: { id: challenge.id },
      data: { codesSent: { decrement: 1 }, lastCodeSentAt: previousSentAt },
    });
    logger.warn(
      { challengeId: challenge.id, err: errorKind(error) },
      "verification code mail failed",
    );
    await audit("FAILURE", "mail_failed");
    return { ok: false, error: "MAIL_FAILED" };
  }

  await db.oneTimeCode.updateMany({
    where: { challengeId: challenge.id, id: { not: codeId }, supersededAt: null },
    data: { supersededAt: now },
  });
  await audit("SUCCESS", null);

  return { ok: true, resendsLeft: 1 + MAX_CODE_RESENDS - (challenge.codesSent + 1) };
}
