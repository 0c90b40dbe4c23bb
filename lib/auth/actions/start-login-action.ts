"use server";

import { redirect } from "next/navigation";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { getConfig } from "@/lib/config/config";
import { safeCallbackPath } from "../callback-url/safe-callback-path";
import { setChallengeCookie } from "../cookies/set-challenge-cookie";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { loginInputSchema, type LoginFieldError } from "../login/login-input-schema";
import { codePageUrl } from "../login/login-urls";
import { startLogin, type StartLoginResult } from "../login/start-login";
import { errorKind } from "../errors/error-kind";

export type StartLoginState = {
  error?: LoginErrorCode;
  fieldErrors?: { email?: LoginFieldError; password?: LoginFieldError };
  retryAfterSeconds?: number;
  // Given back so the form keeps it; the password never is.
  email?: string;
};

// Step 1's form action: checks the input, runs startLogin, and on success
// hands the browser the challenge reference in an httpOnly cookie and moves
// on to the code page.
export async function startLoginAction(
  _previous: StartLoginState,
  form: FormData,
): Promise<StartLoginState> {
  const typedEmail = String(form.get("email") ?? "").slice(0, 320);
  const parsed = loginInputSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
    callbackUrl: form.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: StartLoginState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "email" || field === "password") {
        fieldErrors[field] ??= issue.message as LoginFieldError;
      }
    }
    return { error: "INVALID_INPUT", fieldErrors, email: typedEmail };
  }

  let result: StartLoginResult;
  try {
    result = await startLogin({
      email: parsed.data.email,
      password: parsed.data.password,
      origin: await getRequestOrigin(),
    });
  } catch (error) {
    logger.error({ err: errorKind(error) }, "login step 1 failed");
    return { error: "UNEXPECTED", email: typedEmail };
  }
  if (!result.ok) {
    return { error: result.error, retryAfterSeconds: result.retryAfterSeconds, email: typedEmail };
  }

  await setChallengeCookie("LOGIN", result.reference);

  // A missing or unsafe callbackUrl is dropped rather than replaced, so
  // that the role decides where the person lands.
  redirect(codePageUrl(safeCallbackPath(parsed.data.callbackUrl, getConfig().publicBaseUrl, "")));
}
