import type { AccountStatus, ChallengePurpose } from "@/generated/prisma/enums";
import type { AuditAction } from "@/lib/audit/audit-actions";

export type ChallengeRule = {
  // The account must have this status to start or finish the challenge.
  accountStatus: AccountStatus;
  // The audit action of the code step (right and wrong codes alike).
  codeAuditAction: AuditAction;
};

// What differs between the three uses of an e-mailed code: signing in,
// activating an invited account, and confirming a new password after a
// reset. Everything else (code length, validity, attempts, resends) is the
// same for all three.
export const CHALLENGE_RULES: Record<ChallengePurpose, ChallengeRule> = {
  LOGIN: { accountStatus: "ACTIVE", codeAuditAction: "login.code" },
  ACTIVATION: { accountStatus: "INVITED", codeAuditAction: "account.activate" },
  PASSWORD_RESET: { accountStatus: "ACTIVE", codeAuditAction: "password.reset" },
};

export const CHALLENGE_PURPOSES = ["LOGIN", "ACTIVATION", "PASSWORD_RESET"] as const;

export function isChallengePurpose(value: unknown): value is ChallengePurpose {
  return CHALLENGE_PURPOSES.includes(value as ChallengePurpose);
}
