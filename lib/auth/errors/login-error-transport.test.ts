import { describe, expect, it } from "vitest";
import { decodeLoginFailure, encodeLoginFailure } from "./login-error-transport";

describe("login failures passed through next-auth", () => {
  it("survive the round trip with their number", () => {
    const cases = [
      { ok: false as const, error: "CODE_INVALID" as const, attemptsLeft: 3 },
      { ok: false as const, error: "RATE_LIMITED" as const, retryAfterSeconds: 540 },
      { ok: false as const, error: "CHALLENGE_VOIDED" as const },
    ];

    for (const failure of cases) {
      expect(decodeLoginFailure(encodeLoginFailure(failure))).toEqual(failure);
    }
  });

  it.each([
    "CredentialsSignin",
    "Configuration",
    "Error: connect ECONNREFUSED 127.0.0.1:5432",
    "CODE_INVALID:3:4",
    "code_invalid",
    "",
    null,
    undefined,
  ])("turn anything unknown (%j) into UNEXPECTED", (text) => {
    expect(decodeLoginFailure(text)).toEqual({ ok: false, error: "UNEXPECTED" });
  });

  it("ignore a number that is not a small whole number", () => {
    expect(decodeLoginFailure("CODE_INVALID:abc")).toEqual({ ok: false, error: "CODE_INVALID" });
    expect(decodeLoginFailure("RATE_LIMITED:99999999")).toEqual({
      ok: false,
      error: "RATE_LIMITED",
    });
  });
});
