import { describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session/current-session";
import messages from "@/messages/nl/auth.json";
import { changePasswordAction } from "./change-password-action";

// Only the session look-up and the change itself are replaced: the action's
// own handling of the form is what is tested here.
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session/get-current-session", () => ({
  getCurrentSession: async () => session.current,
}));
vi.mock("./change-password", () => ({
  changePassword: vi.fn(async () => ({ ok: false, error: "CURRENT_PASSWORD_WRONG" })),
}));
vi.mock("@/lib/http/client-ip", () => ({
  getRequestOrigin: async () => ({ ip: "198.51.100.7", userAgent: "Testbrowser" }),
}));
const { changePassword } = await import("./change-password");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);

  return data;
}

const signedIn: CurrentSession = {
  sessionId: "session-1",
  accountId: "account-1",
  role: "CLIENT",
  name: "Test Persoon",
  email: "test@example.test",
};

describe("changePasswordAction", () => {
  it("tells a visitor whose session ended to sign in again, and changes nothing", async () => {
    session.current = null;

    const state = await changePasswordAction(
      {},
      form({ currentPassword: "oud", password: "Nieuw-Wachtwoord-2026", confirmation: "x" }),
    );

    expect(state.error).toBe("SESSION_ENDED");
    expect(changePassword).not.toHaveBeenCalled();
    expect(messages.errors.SESSION_ENDED).toMatch(/niet meer ingelogd.*<link>/);
  });

  it("refuses a very long new password with the too-long rule, not an error", async () => {
    session.current = signedIn;
    const huge = "a".repeat(2_000_000);

    const state = await changePasswordAction(
      {},
      form({ currentPassword: "Huidig-Wachtwoord-1", password: huge, confirmation: huge }),
    );

    expect(state).toMatchObject({ error: "PASSWORD_INVALID", problems: ["TOO_LONG"] });
    expect(changePassword).not.toHaveBeenCalled();
  });
});
