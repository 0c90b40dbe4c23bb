"use server";

import { after } from "next/server";
import { z } from "zod";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { normalizeEmail } from "@/lib/accounts/normalize-email";
import { askForPasswordReset } from "./ask-for-password-reset";
import { errorKind } from "@/lib/auth/errors/error-kind";

export type ForgotPasswordState = {
  answeredAt?: number;
  sent?: boolean;
  error?: "INVALID_INPUT" | "RATE_LIMITED" | "UNEXPECTED";
  fieldError?: "EMAIL_REQUIRED" | "EMAIL_INVALID";
  retryAfterSeconds?: number;
  // Given back so the form keeps it.
  email?: string;
};

const emailSchema = z
  .string()
  .max(320, "EMAIL_INVALID")
  .transform(normalizeEmail)
  .pipe(z.string().min(1, "EMAIL_REQUIRED").pipe(z.email("EMAIL_INVALID")));

// "Wachtwoord vergeten". Answers the same for every well-formed address;
// the look-up and the mail run after the answer has gone out (after()),
// so neither the answer nor its timing tells whether the address has an
// account.
export async function forgotPasswordAction(
  _previous: ForgotPasswordState,
  form: FormData,
): Promise<ForgotPasswordState> {
  const answeredAt = Date.now();
  const typed = String(form.get("email") ?? "").slice(0, 320);
  const parsed = emailSchema.safeParse(typed);
  if (!parsed.success) {
    const fieldError =
      parsed.error.issues[0]?.message === "EMAIL_REQUIRED" ? "EMAIL_REQUIRED" : "EMAIL_INVALID";

    return { answeredAt, error: "INVALID_INPUT", fieldError, email: typed };
  }

  try {
    const result = await askForPasswordReset({
      email: parsed.data,
      origin: await getRequestOrigin(),
      schedule: after,
    });
    if (!result.ok) {
      const { error, retryAfterSeconds } = result;
      return { answeredAt, error, retryAfterSeconds, email: typed };
    }
  } catch (error) {
    logger.error(
      { err: errorKind(error) },
      "reset request failed",
    );
    return { answeredAt, error: "UNEXPECTED", email: typed };
  }

  return { answeredAt, sent: true, email: typed };
}
