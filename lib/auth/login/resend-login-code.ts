import type { LoginFailure } from "../errors/login-error-codes";
import {
  resendChallengeCode,
  type ResendChallengeCodeInput,
  type ResentCode,
} from "../challenges/resend-challenge-code";

export type ResendLoginCodeInput = Omit<ResendChallengeCodeInput, "purpose">;

// "Nieuwe code sturen" while signing in (see resendChallengeCode).
export function resendLoginCode(input: ResendLoginCodeInput): Promise<ResentCode | LoginFailure> {
  return resendChallengeCode({ ...input, purpose: "LOGIN" });
}
