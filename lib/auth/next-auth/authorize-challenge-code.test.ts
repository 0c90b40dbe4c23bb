import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { challengeCookieSettings } from "../cookies/cookie-settings";
import { startLogin } from "../login/start-login";
import { codesSentTo, createTestAccount, testOrigin } from "../testing/login-fixtures";
import { authorizeChallengeCode } from "./authorize-challenge-code";

const deletedCookies: unknown[] = [];
const requestOrigin = testOrigin();

vi.mock("next/headers", () => ({
  cookies: async () => ({ delete: (cookie: unknown) => deletedCookies.push(cookie) }),
}));
vi.mock("@/lib/http/client-ip", () => ({ getRequestOrigin: async () => requestOrigin }));
vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
vi.mock("../challenges/verify-challenge-code", async (original) => {
  const actual = await original<typeof import("../challenges/verify-challenge-code")>();
  return { verifyChallengeCode: vi.fn(actual.verifyChallengeCode) };
});

const { sendVerificationCodeEmail } = await import("@/lib/mail/send-verification-code-email");
const { verifyChallengeCode } = await import("../challenges/verify-challenge-code");

describe("authorizeChallengeCode (next-auth's authorize for the code step)", () => {
  const db = useTestDatabase();
  beforeEach(() => {
    deletedCookies.length = 0;
  });

  async function startedLogin() {
    const account = await createTestAccount(db());
    const started = await startLogin({ ...account, origin: testOrigin() });
    if (!started.ok) throw new Error("login did not start");
    const code = codesSentTo(vi.mocked(sendVerificationCodeEmail), account.email).at(-1)!;
    const cookie = `other=1; ${challengeCookieSettings("LOGIN").name}=${started.reference}`;

    return { account, code, reference: started.reference, request: { headers: { cookie } } };
  }

  it("takes the challenge from the cookie and returns the account and its new session", async () => {
    const { account, code, request } = await startedLogin();

    const user = await authorizeChallengeCode({ code, purpose: "LOGIN" }, request);

    expect(user.id).toBe(account.id);
    const session = await db().portalSession.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(session.accountId).toBe(account.id);
    expect(deletedCookies).toEqual([
      expect.objectContaining({ name: challengeCookieSettings("LOGIN").name, httpOnly: true }),
    ]);
  });

  it("uses the client address from getRequestOrigin for the audit log", async () => {
    const { account, code, request } = await startedLogin();
    await authorizeChallengeCode({ code, purpose: "LOGIN" }, request);

    const event = await db().auditEvent.findFirst({
      where: { actorAccountId: account.id, action: "login.code" },
    });

    expect(event).toMatchObject({ ip: requestOrigin.ip, outcome: "SUCCESS" });
  });

  it("throws a refusal as its stable code, with the attempts left", async () => {
    const { code, request } = await startedLogin();
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");

    await expect(
      authorizeChallengeCode({ code: wrong, purpose: "LOGIN" }, request),
    ).rejects.toThrow(/^CODE_INVALID:4$/);
    expect(deletedCookies).toEqual([]);
  });

  it("refuses without the challenge cookie, even with a right code", async () => {
    const { code } = await startedLogin();

    await expect(
      authorizeChallengeCode({ code, purpose: "LOGIN" }, { headers: {} }),
    ).rejects.toThrow(/^CHALLENGE_MISSING$/);
  });

  it("reads only the cookie of the purpose the form names, and refuses an unknown purpose", async () => {
    const { account, code, reference } = await startedLogin();
    // A login reference in the activation cookie is not an activation.
    const cookie = `${challengeCookieSettings("ACTIVATION").name}=${reference}`;

    await expect(
      authorizeChallengeCode({ code, purpose: "ACTIVATION" }, { headers: { cookie } }),
    ).rejects.toThrow(/^CHALLENGE_MISSING$/);
    for (const purpose of [undefined, "", "ADMIN", "login"]) {
      await expect(
        authorizeChallengeCode({ code, purpose }, { headers: { cookie } }),
      ).rejects.toThrow(/^CHALLENGE_MISSING$/);
    }
    expect(await db().portalSession.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("hides an unexpected error's text behind UNEXPECTED", async () => {
    const { code, request } = await startedLogin();
    vi.mocked(verifyChallengeCode).mockRejectedValueOnce(
      new Error("connect ECONNREFUSED 10.1.2.3:5432 user=carefriend"),
    );

    await expect(authorizeChallengeCode({ code, purpose: "LOGIN" }, request)).rejects.toThrow(
      /^UNEXPECTED$/,
    );
  });
});
