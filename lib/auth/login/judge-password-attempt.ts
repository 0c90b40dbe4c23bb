import type { AccountStatus } from "@/generated/prisma/enums";

export type LoginAccount = {
  id: string;
  status: AccountStatus;
  lockedUntil: Date | null;
  hasPassword: boolean;
};

export type PasswordRefusal =
  | "unknown_account"
  | "no_password"
  | "locked"
  | "inactive"
  | "wrong_password";

// Why step 1 refuses, or null when it may go on. All refusals look the same
// to the person; the reason is only for the audit log. A locked account is
// refused even with the right password, and its wrong passwords do not
// count towards a next lock.
export function judgePasswordAttempt(
  account: LoginAccount | null,
  passwordMatches: boolean,
  now: Date,
): PasswordRefusal | null {
  if (!account) return "unknown_account";
  if (!account.hasPassword) return "no_password";
  if (account.lockedUntil && account.lockedUntil > now) return "locked";
  if (account.status !== "ACTIVE") return "inactive";
  if (!passwordMatches) return "wrong_password";

  return null;
}
