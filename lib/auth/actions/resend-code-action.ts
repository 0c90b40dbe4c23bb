"use server";

import { cookies } from "next/headers";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { challengeCookieSettings } from "../cookies/cookie-settings";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { resendLoginCode } from "../login/resend-login-code";

export type ResendCodeState = {
  // Changes with every answer, so the form can announce a repeat answer too.
  answeredAt?: number;
  sent?: boolean;
  resendsLeft?: number;
  error?: LoginErrorCode;
  retryAfterSeconds?: number;
};

// "Nieuwe code sturen" on the code page. Takes no input but the challenge
// cookie.
export async function resendCodeAction(): Promise<ResendCodeState> {
  const reference = (await cookies()).get(challengeCookieSettings().name)?.value;
  const answeredAt = Date.now();

  try {
    const result = await resendLoginCode({ reference, origin: await getRequestOrigin() });
    if (!result.ok) {
      return { answeredAt, error: result.error, retryAfterSeconds: result.retryAfterSeconds };
    }

    return { answeredAt, sent: true, resendsLeft: result.resendsLeft };
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.name : typeof error }, "code resend failed");
    return { answeredAt, error: "UNEXPECTED" };
  }
}
