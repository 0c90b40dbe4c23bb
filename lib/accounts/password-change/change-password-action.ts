"use server";

import { z } from "zod";
import { getCurrentSession } from "@/lib/auth/session/get-current-session";
import { MAX_PASSWORD_INPUT_LENGTH } from "@/lib/auth/links/choose-password-input-schema";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import type { PasswordProblem } from "@/lib/passwords/password-rules";
import { changePassword, type ChangePasswordResult } from "./change-password";
import { errorKind } from "@/lib/auth/errors/error-kind";

export type ChangePasswordState = {
  answeredAt?: number;
  error?:
    | "INVALID_INPUT"
    | "CURRENT_PASSWORD_WRONG"
    | "PASSWORD_INVALID"
    | "RATE_LIMITED"
    | "SESSION_ENDED"
    | "UNEXPECTED";
  currentMissing?: boolean;
  problems?: PasswordProblem[];
  retryAfterSeconds?: number;
  changed?: { endedSessions: number; notified: boolean };
};

const inputSchema = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_INPUT_LENGTH),
  password: z.string().max(MAX_PASSWORD_INPUT_LENGTH),
  confirmation: z.string().max(MAX_PASSWORD_INPUT_LENGTH),
});

// "Wachtwoord wijzigen" on /informatie. Only for a signed-in person, and
// only ever for their own account; the passwords are never sent back.
export async function changePasswordAction(
  _previous: ChangePasswordState,
  form: FormData,
): Promise<ChangePasswordState> {
  const answeredAt = Date.now();
  const session = await getCurrentSession();
  // Signed out meanwhile (idle, or elsewhere): nothing is changed, and the
  // form says so, with the way back to signing in.
  if (!session) return { answeredAt, error: "SESSION_ENDED" };

  const parsed = inputSchema.safeParse({
    currentPassword: form.get("currentPassword") ?? "",
    password: form.get("password") ?? "",
    confirmation: form.get("confirmation") ?? "",
  });
  if (!parsed.success) {
    const problem = (field: string, code: string) =>
      parsed.error.issues.some((issue) => issue.path[0] === field && issue.code === code);
    // No stored password is that long, so it cannot be the current one.
    if (problem("currentPassword", "too_big")) return { answeredAt, error: "CURRENT_PASSWORD_WRONG" };
    if (problem("password", "too_big") || problem("confirmation", "too_big")) {
      return { answeredAt, error: "PASSWORD_INVALID", problems: ["TOO_LONG"] };
    }

    return { answeredAt, error: "INVALID_INPUT", currentMissing: true };
  }

  let result: ChangePasswordResult;
  try {
    result = await changePassword({
      session,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.password,
      confirmation: parsed.data.confirmation,
      origin: await getRequestOrigin(),
    });
  } catch (error) {
    logger.error({ err: errorKind(error) }, "password change failed");
    return { answeredAt, error: "UNEXPECTED" };
  }

  if (result.ok) {
    return { answeredAt, changed: { endedSessions: result.endedSessions, notified: result.notified } };
  }

  return {
    answeredAt,
    error: result.error,
    problems: "problems" in result ? result.problems : undefined,
    retryAfterSeconds: "retryAfterSeconds" in result ? result.retryAfterSeconds : undefined,
  };
}
