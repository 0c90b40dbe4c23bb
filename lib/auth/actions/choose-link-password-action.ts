"use server";

import { redirect } from "next/navigation";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import type { PasswordProblem } from "@/lib/passwords/password-rules";
import { setChallengeCookie } from "../cookies/set-challenge-cookie";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { chooseLinkPassword, type ChooseLinkPasswordResult } from "../links/choose-link-password";
import { choosePasswordInputSchema } from "../links/choose-password-input-schema";
import { linkCodePagePath } from "../links/link-pages";
import { errorKind } from "../errors/error-kind";

export type ChoosePasswordState = {
  // Changes with every answer, so the form can announce a repeat answer too.
  answeredAt?: number;
  error?: LoginErrorCode;
  problems?: PasswordProblem[];
  retryAfterSeconds?: number;
};

// The form on /activeren/[token] and /wachtwoord-herstellen/[token]: on
// success the browser gets the new challenge's reference in a cookie and
// moves on to the code page. The passwords are never sent back.
export async function chooseLinkPasswordAction(
  _previous: ChoosePasswordState,
  form: FormData,
): Promise<ChoosePasswordState> {
  const answeredAt = Date.now();
  const parsed = choosePasswordInputSchema.safeParse({
    purpose: form.get("purpose"),
    token: form.get("token"),
    password: form.get("password") ?? "",
    confirmation: form.get("confirmation") ?? "",
  });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some(
      (issue) => issue.code === "too_big" && issue.path[0] !== "token",
    );
    return tooLong
      ? { answeredAt, error: "PASSWORD_INVALID", problems: ["TOO_LONG"] }
      : { answeredAt, error: "INVALID_INPUT" };
  }
  const { purpose, token } = parsed.data;

  let result: ChooseLinkPasswordResult;
  try {
    result = await chooseLinkPassword({ ...parsed.data, origin: await getRequestOrigin() });
  } catch (error) {
    logger.error({ err: errorKind(error) }, "choosing a password failed");
    return { answeredAt, error: "UNEXPECTED" };
  }
  if (!result.ok) {
    return {
      answeredAt,
      error: result.error,
      problems: "problems" in result ? result.problems : undefined,
      retryAfterSeconds: "retryAfterSeconds" in result ? result.retryAfterSeconds : undefined,
    };
  }

  await setChallengeCookie(purpose, result.reference);
  redirect(linkCodePagePath(purpose, token));
}
