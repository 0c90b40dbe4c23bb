import { cookies } from "next/headers";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { isChallengePurpose } from "../challenges/challenge-rules";
import { verifyChallengeCode } from "../challenges/verify-challenge-code";
import { challengeCookieSettings } from "../cookies/cookie-settings";
import { readCookie } from "../cookies/read-cookie";
import { encodeLoginFailure } from "../errors/login-error-transport";
import { errorKind } from "../errors/error-kind";

export type AuthorizedLogin = { id: string; sessionId: string };

type AuthorizeRequest = { headers?: Record<string, unknown> };

// next-auth's authorize() for every code step: signing in, activating an
// account, confirming a new password. The form says which (`purpose`);
// the challenge itself comes from that purpose's cookie, never from the
// posted form. A refusal is thrown as an Error whose text is a stable code
// (see login-error-transport.ts), which next-auth hands back to the form;
// unexpected errors become UNEXPECTED so their text never reaches the
// browser.
export async function authorizeChallengeCode(
  credentials: Record<string, unknown> | undefined,
  request: AuthorizeRequest,
): Promise<AuthorizedLogin> {
  const purpose = credentials?.purpose;
  if (!isChallengePurpose(purpose)) throw new Error("CHALLENGE_MISSING");

  const cookie = challengeCookieSettings(purpose);
  let result;
  try {
    result = await verifyChallengeCode({
      purpose,
      reference: readCookie(request.headers?.cookie, cookie.name),
      code: credentials?.code,
      origin: await getRequestOrigin(),
    });
  } catch (error) {
    logger.error({ err: errorKind(error) }, "code check failed");
    throw new Error("UNEXPECTED");
  }

  if (!result.ok) throw new Error(encodeLoginFailure(result));

  // The challenge is finished; its cookie has no further use.
  (await cookies()).delete({ name: cookie.name, ...cookie.options });

  return { id: result.accountId, sessionId: result.sessionId };
}
