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
import { CHALLENGE_VALID_MINUTES, CODE_VALID_MINUTES } from "../constants";
import type { LoginFailure } from "../errors/login-error-codes";
import { createChallengeReference } from "./challenge-reference";
import { voidOpenChallenges } from "./void-open-challenges";
import { errorKind } from "../errors/error-kind";

export type IssuedChallenge = { ok: true; reference: string; expiresAt: Date };

export type IssueChallengeInput = {
  accountId: string;
  // The address stored for the account: the code never goes anywhere else.
  email: string;
  purpose: ChallengePurpose;
  origin: RequestOrigin;
  now: Date;
  // Activation and reset: the chosen password (hashed), which takes effect
  // only with the right code, and the link the challenge was started from.
  pendingPasswordHash?: string;
  actionTokenId?: string;
};

// A new challenge with its first code, and the code by e-mail. If the mail
// cannot be sent, the challenge is removed again, so nothing half-made is
// left and the person can simply try again. Once the mail is out, earlier
// unfinished challenges of the same purpose for the account are voided:
// one at a time.
export async function issueChallenge(
  input: IssueChallengeInput,
): Promise<IssuedChallenge | LoginFailure> {
  const { accountId, purpose, origin, now } = input;
  const db = await getDb();
  const audit = (outcome: "SUCCESS" | "FAILURE" | "DENIED", reason: string | null) =>
    auditAuthStep({
      action: "login.code_sent",
      outcome,
      origin,
      accountId,
      detail: { purpose, reason, resend: false },
    });

  const limit = await enforceRateLimits([
    { policy: "codeSendPerIp", key: origin.ip },
    { policy: "codeSendPerAccount", key: accountId },
  ]);
  if (!limit.allowed) {
    await audit("DENIED", "rate_limited");
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const challengeId = crypto.randomUUID();
  const { reference, referenceHash } = createChallengeReference();
  const code = generateVerificationCode();
  const expiresAt = addMinutes(now, CHALLENGE_VALID_MINUTES);

  await db.challenge.create({
    data: {
      id: challengeId,
      accountId,
      purpose,
      referenceHash,
      pendingPasswordHash: input.pendingPasswordHash ?? null,
      actionTokenId: input.actionTokenId ?? null,
      codesSent: 1,
      lastCodeSentAt: now,
      expiresAt,
      createdAt: now,
      codes: {
        create: {
          codeHash: hashVerificationCode(challengeId, code),
          expiresAt: addMinutes(now, CODE_VALID_MINUTES),
          createdAt: now,
        },
      },
    },
  });

  try {
    await sendVerificationCodeEmail({ to: input.email, code, purpose });
  } catch (error) {
    await db.challenge.delete({ where: { id: challengeId } });
    logger.warn({ challengeId, err: errorKind(error) }, "verification code mail failed");
    await audit("FAILURE", "mail_failed");
    return { ok: false, error: "MAIL_FAILED" };
  }

  await voidOpenChallenges(db, accountId, now, { purpose, except: challengeId, createdBy: now });
  await audit("SUCCESS", null);

  return { ok: true, reference, expiresAt };
}

