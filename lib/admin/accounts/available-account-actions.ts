import type { AccountState } from "@/lib/accounts/account-state";

export const ACCOUNT_OPERATIONS = [
  "reinvite",
  "unlock",
  "resetPassword",
  "reactivate",
  "deactivate",
] as const;

export type AccountOperation = (typeof ACCOUNT_OPERATIONS)[number];

const BY_STATE: Record<AccountState, AccountOperation[]> = {
  INVITED: ["reinvite", "deactivate"],
  ACTIVE: ["resetPassword", "deactivate"],
  LOCKED: ["unlock", "resetPassword", "deactivate"],
  DEACTIVATED: ["reactivate"],
};

// The buttons an admin sees for an account in a given state. The
// operations check the state again themselves; this only keeps buttons
// that cannot work off the page. An admin's own account has no
// "deactivate".
export function availableAccountActions(state: AccountState, isOwn: boolean): AccountOperation[] {
  return BY_STATE[state].filter((operation) => !(isOwn && operation === "deactivate"));
}
