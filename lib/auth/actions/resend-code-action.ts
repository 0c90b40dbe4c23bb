"use server";

import { cookies } from "next/headers";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { isChallengePurpose } from "../challenges/challenge-rules";
import { resendChallengeCode } from "../challenges/resend-challenge-code";
import { challengeCookieSettings } from "../cookies/cookie-settings";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { errorKind } from "../errors/error-kind";

export type ResendCodeState = {
  // Changes with every answer, so the form can announce a repeat answer too.
  answeredAt?: number;
  sent?: boolean;
  resendsLeft?: number;
  error?: LoginErrorCode;
  retryAfterSeconds?: number;
};

// "Nieuwe code sturen" on a code page. Takes no input but the purpose
// (which cookie to read) and that purpose's challenge cookie.
export async function resendCodeAction(
  _previous: ResendCodeState,
  form: FormData,
): Promise<ResendCodeState> {
  const answeredAt = Date.now();
  const purpose = form.get("purpose");
  if (!isChallengePurpose(purpose)) return { answeredAt, error: "CHALLENGE_MISSING" };

  const reference = (await cookies()).get(challengeCookieSettings(purpose).name)?.value;
  try {
    const result = await resendChallengeCode({
      purpose,
      reference,
      origin: await getRequestOrigin(),
    });
    if (!result.ok) {
      return { answeredAt, error: result.error, retryAfterSeconds: result.retryAfterSeconds };
    }

    return { answeredAt, sent: true, resendsLeft: result.resendsLeft };
  } catch (error) {
    logger.error({ err: errorKind(error) }, "code resend failed");
    return { answeredAt, error: "UNEXPECTED" };
  }
}
