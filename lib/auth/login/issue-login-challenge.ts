import crypto from "node:crypto";
import { addMinutes } from "date-fns";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { sendVerificationCodeEmail } from "@/lib/mail/send-verification-code-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { generateVerificationCode } from "../codes/generate-verification-code";
import { hashVerificationCode } from "../codes/hash-verification-code";
import { CODE_VALID_MINUTES, LOGIN_CHALLENGE_VALID_MINUTES } from "../constants";
import type { LoginFailure } from "../errors/login-error-codes";
import { auditLoginStep } from "./audit-login-step";
import { createChallengeReference } from "./challenge-reference";

export type IssuedChallenge = { ok: true; reference: string; expiresAt: Date };

type IssueInput = { accountId: string; email: string; origin: RequestOrigin; now: Date };

// After a correct password: a new LOGIN challenge with its first code, and
// the code by e-mail. If the mail cannot be sent, the challenge is removed
// again, so nothing half-made is left. Once the mail is out, any earlier
// unfinished login challenge of the account is voided: one at a time.
export async function issueLoginChallenge(
  input: IssueInput,
): Promise<IssuedChallenge | LoginFailure> {
  const { accountId, origin, now } = input;
  const db = await getDb();
  const audit = (outcome: "SUCCESS" | "FAILURE" | "DENIED", reason: string | null) =>
    auditLoginStep({
      action: "login.code_sent",
      outcome,
      origin,
      accountId,
      detail: { reason, resend: false },
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
  const expiresAt = addMinutes(now, LOGIN_CHALLENGE_VALID_MINUTES);

  await db.challenge.create({
    data: {
      id: challengeId,
      accountId,
      purpose: "LOGIN",
      referenceHash,
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
    await sendVerificationCodeEmail({ to: input.email, code, purpose: "LOGIN" });
  } catch (error) {
    await db.challenge.delete({ where: { id: challengeId } });
    logger.warn({ challengeId, err: errorName(error) }, "login code mail failed");
    await audit("FAILURE", "mail_failed");
    return { ok: false, error: "MAIL_FAILED" };
  }

  await db.challenge.updateMany({
    where: {
      accountId,
      purpose: "LOGIN",
      id: { not: challengeId },
      completedAt: null,
      voidedAt: null,
    },
    data: { voidedAt: now },
  });
  await audit("SUCCESS", null);

  return { ok: true, reference, expiresAt };
}

// Only the kind of error: its message might hold an address.
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
