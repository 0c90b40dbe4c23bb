import type { ChallengePurpose } from "@/generated/prisma/enums";
import { completeActivation } from "@/lib/accounts/activation/complete-activation";
import { completePasswordReset } from "@/lib/accounts/password-reset/complete-password-reset";
import type { ChallengeCompletion } from "./challenge-completion";

// Signing in needs nothing beyond the session that every right code opens.
const completeLogin: ChallengeCompletion = {
  apply: async () => ({}),
};

export const CHALLENGE_COMPLETIONS: Record<ChallengePurpose, ChallengeCompletion> = {
  LOGIN: completeLogin,
  ACTIVATION: completeActivation,
  PASSWORD_RESET: completePasswordReset,
};
