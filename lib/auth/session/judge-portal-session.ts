import { addMinutes } from "date-fns";
import type { AccountStatus } from "@/generated/prisma/enums";
import { SESSION_IDLE_MINUTES } from "../constants";

export type PortalSessionState = {
  accountId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  account: { status: AccountStatus };
};

export type SessionVerdict =
  | "valid"
  | "unknown"
  | "ended"
  | "idle"
  | "expired"
  | "account_inactive";

// The rules a portal session must meet on every request: it exists and
// belongs to the account in the cookie, has not been ended, was used in the
// last SESSION_IDLE_MINUTES, is within its absolute lifetime, and its
// account is still active.
export function judgePortalSession(
  session: PortalSessionState | null,
  accountId: string,
  now: Date,
): SessionVerdict {
  if (!session || session.accountId !== accountId) return "unknown";
  if (session.endedAt) return "ended";
  if (session.expiresAt <= now) return "expired";
  if (addMinutes(session.lastSeenAt, SESSION_IDLE_MINUTES) <= now) return "idle";
  if (session.account.status !== "ACTIVE") return "account_inactive";

  return "valid";
}
