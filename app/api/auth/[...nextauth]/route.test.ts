import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session/current-session";
import { CODE_PROVIDER_ID } from "@/lib/auth/next-auth/provider-id";

// next-auth itself is replaced: what is tested is which requests reach it.
const nextAuth = vi.hoisted(() => vi.fn(async () => Response.json({ fromNextAuth: true })));
vi.mock("next-auth", () => ({ default: nextAuth }));
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session/get-current-session", () => ({
  getCurrentSession: async () => session.current,
}));

const { GET, POST } = await import("./route");

function call(method: "GET" | "POST", path: string) {
  const request = new NextRequest(`http://127.0.0.1/api/auth/${path}`, { method });
  const context = { params: Promise.resolve({ nextauth: path.split("/") }) };

  return (method === "GET" ? GET : POST)(request, context);
}

const signedIn: CurrentSession = {
  sessionId: "session-1",
  accountId: "account-1",
  role: "CLIENT",
  name: "Test Persoon",
  email: "test@example.test",
};

describe("/api/auth/*", () => {
  beforeEach(() => {
    nextAuth.mockClear();
    session.current = null;
  });

  it("passes on what signIn() of the code step needs", async () => {
    for (const [method, path] of [
      ["GET", "providers"],
      ["GET", "csrf"],
      ["POST", `callback/${CODE_PROVIDER_ID}`],
    ] as const) {
      expect(await (await call(method, path)).json()).toEqual({ fromNextAuth: true });
    }
    expect(nextAuth).toHaveBeenCalledTimes(3);
  });

  it.each([
    ["GET", "signout"],
    ["POST", "signout"],
    ["GET", "signin"],
    ["GET", `signin/${CODE_PROVIDER_ID}`],
    ["GET", "verify-request"],
    ["GET", "error"],
    ["POST", "_log"],
    ["GET", "_log"],
    ["GET", `callback/${CODE_PROVIDER_ID}`],
    ["POST", "callback/credentials"],
    ["POST", "session"],
  ] as const)("answers %s %s with a Dutch 404, without next-auth", async (method, path) => {
    const answer = await call(method, path);

    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: "Dit adres bestaat niet." });
    expect(nextAuth).not.toHaveBeenCalled();
  });

  it("answers the session of an ended or unknown PortalSession as none, renewing no cookie", async () => {
    const answer = await call("GET", "session");

    expect(await answer.json()).toEqual({});
    expect(answer.headers.get("set-cookie")).toBeNull();
    expect(nextAuth).not.toHaveBeenCalled();
  });

  it("lets next-auth answer the session of a valid PortalSession", async () => {
    session.current = signedIn;

    expect(await (await call("GET", "session")).json()).toEqual({ fromNextAuth: true });
  });
});
