import { RESEND_COOLDOWN_SECONDS } from "../constants";

// Whole seconds until a new code may be sent after the one sent at
// `lastSentAt`; 0 when it may be sent now.
export function resendWaitSeconds(lastSentAt: Date | null, now: Date): number {
  if (!lastSentAt) return 0;

  const readyAt = lastSentAt.getTime() + RESEND_COOLDOWN_SECONDS * 1000;

  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}
