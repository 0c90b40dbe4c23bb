import { describe, expect, it } from "vitest";
import { landingPath } from "./landing-path";

const ORIGIN = "http://localhost:3101";

describe("landingPath", () => {
  it("sends clients to /overzicht and admins to /admin by default", () => {
    expect(landingPath("CLIENT", undefined, ORIGIN)).toBe("/overzicht");
    expect(landingPath("ADMIN", undefined, ORIGIN)).toBe("/admin");
  });

  it("follows a safe callbackUrl for either role", () => {
    expect(landingPath("CLIENT", "/zorgplan", ORIGIN)).toBe("/zorgplan");
    expect(landingPath("ADMIN", "/admin/accounts", ORIGIN)).toBe("/admin/accounts");
    expect(landingPath("ADMIN", "/overzicht", ORIGIN)).toBe("/overzicht");
  });

  it("falls back to the role's home for an unsafe callbackUrl", () => {
    expect(landingPath("ADMIN", "https://evil.example/admin", ORIGIN)).toBe("/admin");
    expect(landingPath("CLIENT", "//evil.example", ORIGIN)).toBe("/overzicht");
  });

  it("never lands back on the login pages", () => {
    expect(landingPath("CLIENT", "/inloggen", ORIGIN)).toBe("/overzicht");
    expect(landingPath("ADMIN", "/inloggen/code?x=1", ORIGIN)).toBe("/admin");
    expect(landingPath("CLIENT", "/inloggenhulp", ORIGIN)).toBe("/inloggenhulp");
  });
});
