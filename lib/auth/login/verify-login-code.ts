import type { LoginFailure } from "../errors/login-error-codes";
import {
  verifyChallengeCode,
  type VerifiedChallenge,
  type VerifyChallengeCodeInput,
} from "../challenges/verify-challenge-code";

export type VerifyLoginCodeInput = Omit<VerifyChallengeCodeInput, "purpose">;

export type VerifiedLogin = VerifiedChallenge;

// Step 2 of signing in: the code from the e-mail (see verifyChallengeCode).
export function verifyLoginCode(
  input: VerifyLoginCodeInput,
): Promise<VerifiedLogin | LoginFailure> {
  return verifyChallengeCode({ ...input, purpose: "LOGIN" });
}
