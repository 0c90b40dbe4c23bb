import type { ChallengePurpose } from "@/generated/prisma/enums";
import type { LoginErrorCode } from "./login-error-codes";

// Failures whose message tells the person where to start again, which
// differs per purpose: the login page, or choosing a password again.
const RESTART_WORDED = [
  "CHALLENGE_MISSING",
  "CHALLENGE_EXPIRED",
  "CHALLENGE_VOIDED",
  "RESEND_LIMIT",
] as const;

type RestartWorded = (typeof RESTART_WORDED)[number];

const SECTIONS = { ACTIVATION: "activation", PASSWORD_RESET: "reset" } as const;

export type ChallengeErrorKey =
  | `errors.${LoginErrorCode}`
  | `${(typeof SECTIONS)[keyof typeof SECTIONS]}.errors.${RestartWorded}`;

// The key of a failure's message in the auth namespace, for a code step
// of the given purpose.
export function challengeErrorKey(
  purpose: ChallengePurpose,
  error: LoginErrorCode,
): ChallengeErrorKey {
  if (purpose !== "LOGIN" && RESTART_WORDED.includes(error as RestartWorded)) {
    return `${SECTIONS[purpose]}.errors.${error as RestartWorded}`;
  }

  return `errors.${error}`;
}
