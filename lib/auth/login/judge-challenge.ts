import { MAX_CODE_ATTEMPTS } from "../constants";
import type { LoginErrorCode } from "../errors/login-error-codes";
import type { LoginChallenge } from "./find-login-challenge";

type ChallengeState = Pick<
  LoginChallenge,
  "completedAt" | "voidedAt" | "expiresAt" | "failedAttempts"
> & { account: Pick<LoginChallenge["account"], "status"> };

// Whether a challenge can still be finished, and if not, which message
// sends the person back to step 1. `allowVoided` lets a wrong code for a
// voided challenge still be counted (see verifyLoginCode).
export function judgeChallenge(
  challenge: ChallengeState | null,
  now: Date,
  options: { allowVoided?: boolean } = {},
): LoginErrorCode | null {
  if (!challenge || challenge.completedAt) return "CHALLENGE_MISSING";
  if (challenge.account.status !== "ACTIVE") return "CHALLENGE_MISSING";
  if (challenge.expiresAt <= now) return "CHALLENGE_EXPIRED";
  if (challenge.voidedAt && !options.allowVoided) {
    return challenge.failedAttempts >= MAX_CODE_ATTEMPTS ? "CHALLENGE_VOIDED" : "CHALLENGE_MISSING";
  }

  return null;
}
