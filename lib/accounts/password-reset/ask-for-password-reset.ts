import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { normalizeEmail } from "@/lib/accounts/normalize-email";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { sendResetLinkIfActive } from "./send-reset-link-if-active";
import { errorKind } from "@/lib/auth/errors/error-kind";

export type AskForPasswordResetResult =
  | { ok: true }
  | { ok: false; error: "RATE_LIMITED"; retryAfterSeconds: number };

// Runs work after the answer has been sent (next/server's after() in the
// app; tests pass their own).
export type Schedule = (work: () => Promise<void>) => void;

// "Wachtwoord vergeten". The answer depends only on the rate limits, which
// count the address as typed (normalized) whether or not it has an
// account: so the answer, and the time it takes, are the same for a known,
// an unknown and an inactive address. Looking the address up and mailing
// the link happen afterwards, through `schedule`.
export async function askForPasswordReset(input: {
  email: string;
  origin: RequestOrigin;
  schedule: Schedule;
}): Promise<AskForPasswordResetResult> {
  const email = normalizeEmail(input.email);
  const { origin } = input;

  const limit = await enforceRateLimits([
    { policy: "passwordResetRequestPerIp", key: origin.ip },
    { policy: "passwordResetRequestPerAddress", key: email },
  ]);
  if (!limit.allowed) {
    await recordAuditEvent({
      action: "password.reset_requested",
      outcome: "DENIED",
      ip: origin.ip,
      userAgent: origin.userAgent,
      detail: { reason: "rate_limited", by: "self_service" },
    });
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  input.schedule(async () => {
    try {
      await sendResetLinkIfActive({ email, origin });
    } catch (error) {
      logger.error(
        { err: errorKind(error) },
        "password reset request failed",
      );
    }
  });

  return { ok: true };
}
