import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/config/config";
import { challengeCookieSettings, sessionCookieSettings } from "./cookie-settings";

vi.mock("@/lib/config/config", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/config/config")>();
  return { ...original, getConfig: vi.fn(original.getConfig) };
});
const config = vi.mocked(getConfig);

function inProduction(isProduction: boolean) {
  const real = config.getMockImplementation()!;
  config.mockImplementation(() => ({ ...real(), isProduction }));
}

describe("cookie settings", () => {
  afterEach(() => {
    config.mockReset();
  });

  it("uses __Host- cookies in production: Secure, path / and no Domain", () => {
    inProduction(true);

    for (const cookie of [sessionCookieSettings(), challengeCookieSettings("LOGIN")]) {
      expect(cookie.name).toMatch(/^__Host-carefriend\./);
      expect(cookie.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
      expect(cookie.options).not.toHaveProperty("domain");
    }
    expect(sessionCookieSettings().name).toBe("__Host-carefriend.session");
  });

  it("uses plain names without Secure outside production (http://localhost)", () => {
    inProduction(false);

    expect(sessionCookieSettings()).toEqual({
      name: "carefriend.session",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });
});
