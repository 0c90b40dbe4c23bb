import { describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config/config";
import { SESSION_MAX_HOURS } from "../constants";
import { getAuthOptions } from "./auth-options";
import { CODE_PROVIDER_ID } from "./provider-id";

vi.mock("./authorize-challenge-code", () => ({ authorizeChallengeCode: vi.fn() }));

type Callbacks = Required<NonNullable<ReturnType<typeof getAuthOptions>["callbacks"]>>;

describe("getAuthOptions", () => {
  const options = getAuthOptions();
  const callbacks = options.callbacks as Callbacks;
  const baseUrl = getConfig().publicBaseUrl;

  it("uses JWT sessions of at most the absolute session lifetime", () => {
    expect(options.session).toEqual({ strategy: "jwt", maxAge: SESSION_MAX_HOURS * 3600 });
    // next-auth merges a provider's own options over its defaults.
    const ids = options.providers.map(
      (provider) => (provider as { options?: { id?: string } }).options?.id ?? provider.id,
    );
    expect(ids).toEqual([CODE_PROVIDER_ID]);
  });

  it("sets the session cookie httpOnly and SameSite=Lax, Secure only in production", () => {
    expect(options.cookies?.sessionToken?.options).toEqual({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: false,
    });
    expect(options.useSecureCookies).toBe(false);
  });

  it("puts only the portal session id and account id in the JWT", async () => {
    const token = await callbacks.jwt({
      token: { name: "Naam", email: "iemand@example.test", picture: null, sub: "acc-1" },
      user: { id: "acc-1", sessionId: "ses-1" } as never,
      account: null,
    });

    expect(token).toEqual({ sub: "acc-1", sid: "ses-1" });
  });

  it("leaves the JWT alone after sign-in", async () => {
    const token: JWT = { sub: "acc-1", sid: "ses-1", iat: 1 };

    expect(await callbacks.jwt({ token, user: undefined as never, account: null })).toBe(token);
  });

  it("tells the browser nothing about the session but its expiry", async () => {
    const session = await callbacks.session({
      session: { user: { name: "Naam", email: "iemand@example.test" }, expires: "2030-01-01" },
      token: { sub: "acc-1", sid: "ses-1" },
    } as never);

    expect(session).toEqual({ expires: "2030-01-01" });
  });

  it("redirects only within the portal", async () => {
    const redirect = (url: string) => callbacks.redirect({ url, baseUrl });

    expect(await redirect("/zorgplan")).toBe(`${baseUrl}/zorgplan`);
    expect(await redirect(`${baseUrl}/afspraken?x=1`)).toBe(`${baseUrl}/afspraken?x=1`);
    expect(await redirect("https://evil.example/")).toBe(`${baseUrl}/overzicht`);
    expect(await redirect("//evil.example")).toBe(`${baseUrl}/overzicht`);
    expect(await redirect("/\\evil.example")).toBe(`${baseUrl}/overzicht`);
  });
});
