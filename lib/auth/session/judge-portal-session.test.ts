import { describe, expect, it } from "vitest";
import { judgePortalSession, type PortalSessionState } from "./judge-portal-session";

const NOW = new Date("2026-12-03T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const hoursAhead = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

function session(overrides: Partial<PortalSessionState> = {}): PortalSessionState {
  return {
    accountId: "account-1",
    lastSeenAt: minutesAgo(1),
    expiresAt: hoursAhead(6),
    endedAt: null,
    account: { status: "ACTIVE" },
    ...overrides,
  };
}

describe("judgePortalSession", () => {
  it("accepts a recent, open session of an active account", () => {
    expect(judgePortalSession(session(), "account-1", NOW)).toBe("valid");
    expect(judgePortalSession(session({ lastSeenAt: minutesAgo(14.9) }), "account-1", NOW)).toBe(
      "valid",
    );
  });

  it("refuses a missing session or one of another account", () => {
    expect(judgePortalSession(null, "account-1", NOW)).toBe("unknown");
    expect(judgePortalSession(session(), "account-2", NOW)).toBe("unknown");
  });

  it("refuses an ended session", () => {
    expect(judgePortalSession(session({ endedAt: minutesAgo(1) }), "account-1", NOW)).toBe(
      "ended",
    );
  });

  it("refuses a session idle for 15 minutes", () => {
    expect(judgePortalSession(session({ lastSeenAt: minutesAgo(15) }), "account-1", NOW)).toBe(
      "idle",
    );
  });

  it("refuses a session past its absolute lifetime, however active", () => {
    const expired = session({ lastSeenAt: NOW, expiresAt: NOW });

    expect(judgePortalSession(expired, "account-1", NOW)).toBe("expired");
  });

  it("refuses the session of an account that is no longer active", () => {
    for (const status of ["DEACTIVATED", "INVITED"] as const) {
      expect(judgePortalSession(session({ account: { status } }), "account-1", NOW)).toBe(
        "account_inactive",
      );
    }
  });
});
