import { MAX_CODE_ATTEMPTS } from "../constants";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { CHALLENGE_RULES } from "./challenge-rules";
import type { FoundChallenge } from "./find-challenge";

type ChallengeState = Pick<
  FoundChallenge,
  "purpose" | "completedAt" | "voidedAt" | "expiresAt" | "failedAttempts"
> & {
  account: Pick<FoundChallenge["account"], "status">;
  actionToken?: Pick<NonNullable<FoundChallenge["actionToken"]>, "usedAt" | "voidedAt"> | null;
};

// Whether a challenge can still be finished, and if not, which message
// sends the person back to the start. The account must still have the
// status the purpose needs (ACTIVE to sign in or reset, INVITED to
// activate), and the link an activation or reset began with must not have
// been used or replaced since. `allowVoided` lets a wrong code for a voided
// challenge still be counted (see verifyChallengeCode).
export function judgeChallenge(
  challenge: ChallengeState | null,
  now: Date,
  options: { allowVoided?: boolean } = {},
): LoginErrorCode | null {
  if (!challenge || challenge.completedAt) return "CHALLENGE_MISSING";
  if (challenge.account.status !== CHALLENGE_RULES[challenge.purpose].accountStatus) {
    return challenge.purpose === "LOGIN" ? "CHALLENGE_MISSING" : "LINK_INVALID";
  }
  if (challenge.actionToken && (challenge.actionToken.usedAt || challenge.actionToken.voidedAt)) {
    return "LINK_INVALID";
  }
  if (challenge.expiresAt <= now) return "CHALLENGE_EXPIRED";
  if (challenge.voidedAt && !options.allowVoided) {
    return challenge.failedAttempts >= MAX_CODE_ATTEMPTS ? "CHALLENGE_VOIDED" : "CHALLENGE_MISSING";
  }

  return null;
}
