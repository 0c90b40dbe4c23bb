import type { AccountStatus } from "@/generated/prisma/enums";

// What an admin sees of an account. "Locked" is not a stored status: it
// follows from lockedUntil and ends by itself.
export const ACCOUNT_STATES = ["INVITED", "ACTIVE", "LOCKED", "DEACTIVATED"] as const;

export type AccountState = (typeof ACCOUNT_STATES)[number];

export function accountState(
  account: { status: AccountStatus; lockedUntil: Date | null },
  now: Date = new Date(),
): AccountState {
  if (account.status === "ACTIVE" && isLocked(account, now)) return "LOCKED";

  return account.status;
}

export function isLocked(account: { lockedUntil: Date | null }, now: Date = new Date()): boolean {
  return account.lockedUntil !== null && account.lockedUntil > now;
}
