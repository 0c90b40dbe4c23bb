import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { CODE_VALID_MINUTES, MAX_CODE_ATTEMPTS, SESSION_MAX_HOURS } from "../constants";
import {
  codesSentTo,
  createTestAccount,
  secondsLater,
  testOrigin,
  type TestAccount,
} from "../testing/login-fixtures";
import { hashChallengeReference } from "../challenges/challenge-reference";
import { startLogin } from "./start-login";
import { verifyLoginCode } from "./verify-login-code";

vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
const { sendVerificationCodeEmail } = await import("@/lib/mail/send-verification-code-email");
const sendCode = vi.mocked(sendVerificationCodeEmail);

// A code of the right shape that is not the mailed one.
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("verifyLoginCode (step 2: the e-mailed code)", () => {
  const db = useTestDatabase();
  beforeEach(() => sendCode.mockClear());

  async function startedLogin(account?: TestAccount, now = new Date()) {
    const owner = account ?? (await createTestAccount(db()));
    const started = await startLogin({ ...owner, origin: testOrigin(), now });
    if (!started.ok) throw new Error(`login did not start: ${started.error}`);
    const code = codesSentTo(sendCode, owner.email).at(-1)!;
    const challenge = await db().challenge.findUniqueOrThrow({
      where: { referenceHash: hashChallengeReference(started.reference) },
    });

    return { account: owner, reference: started.reference, code, challenge, now };
  }

  it("opens a portal session for the right code and finishes the challenge", async () => {
    const { account, reference, code, challenge, now } = await startedLogin();
    const origin = testOrigin();

    const result = await verifyLoginCode({ reference, code, origin, now });

    expect(result).toMatchObject({ ok: true, accountId: account.id, role: "CLIENT" });
    if (!result.ok) return;
    const session = await db().portalSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ accountId: account.id, endedAt: null, lastSeenAt: now });
    expect(session.expiresAt).toEqual(secondsLater(now, SESSION_MAX_HOURS * 3600));
    const finished = await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(finished.completedAt).toEqual(now);
    expect(
      await db().auditEvent.findFirst({
        where: { actorAccountId: account.id, action: "login.code", outcome: "SUCCESS" },
      }),
    ).toMatchObject({ ip: origin.ip, detail: { sessionId: result.sessionId } });
  });

  it("keeps the sign-in before this one as the previous sign-in", async () => {
    const first = await startedLogin(undefined, new Date("2026-11-02T08:00:00Z"));
    await verifyLoginCode({ reference: first.reference, code: first.code, origin: testOrigin(), now: first.now });
    const second = await startedLogin(first.account, new Date("2026-11-05T19:30:00Z"));

    await verifyLoginCode({ reference: second.reference, code: second.code, origin: testOrigin(), now: second.now });

    const account = await db().account.findUniqueOrThrow({ where: { id: first.account.id } });
    expect(account.lastLoginAt).toEqual(second.now);
    expect(account.previousLoginAt).toEqual(first.now);
  });

  it("accepts the code typed with spaces", async () => {
    const { reference, code } = await startedLogin();

    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;

    expect((await verifyLoginCode({ reference, code: spaced, origin: testOrigin() })).ok).toBe(true);
  });

  it("lets a code be used once only", async () => {
    const { reference, code } = await startedLogin();
    await verifyLoginCode({ reference, code, origin: testOrigin() });

    const again = await verifyLoginCode({ reference, code, origin: testOrigin() });

    expect(again).toEqual({ ok: false, error: "CHALLENGE_MISSING" });
  });

  it(`refuses a code after ${CODE_VALID_MINUTES} minutes, without counting it as wrong`, async () => {
    const { reference, code, challenge, now } = await startedLogin();
    const late = secondsLater(now, CODE_VALID_MINUTES * 60);

    const result = await verifyLoginCode({ reference, code, origin: testOrigin(), now: late });

    expect(result).toEqual({ ok: false, error: "CODE_EXPIRED" });
    const after = await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(after).toMatchObject({ failedAttempts: 0, completedAt: null });
    const justInTime = secondsLater(now, CODE_VALID_MINUTES * 60 - 1);
    expect((await verifyLoginCode({ reference, code, origin: testOrigin(), now: justInTime })).ok).toBe(
      true,
    );
  });

  it("refuses a code that belongs to another challenge", async () => {
    const first = await startedLogin();
    const second = await startedLogin();

    const crossed = await verifyLoginCode({
      reference: second.reference,
      code: first.code,
      origin: testOrigin(),
    });

    expect(crossed).toMatchObject({ ok: false, error: "CODE_INVALID" });
  });

  it("needs the challenge reference: no reference or an unknown one gets nowhere", async () => {
    const { code } = await startedLogin();

    for (const reference of [undefined, "", "niet-bestaand", "x".repeat(500)]) {
      expect(await verifyLoginCode({ reference, code, origin: testOrigin() })).toEqual({
        ok: false,
        error: "CHALLENGE_MISSING",
      });
    }
  });

  it("refuses input that cannot be a code without counting an attempt", async () => {
    const { reference, challenge } = await startedLogin();

    for (const code of ["", "12345", "abcdef", null]) {
      expect(await verifyLoginCode({ reference, code, origin: testOrigin() })).toEqual({
        ok: false,
        error: "CODE_FORMAT",
      });
    }
    expect(
      (await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } })).failedAttempts,
    ).toBe(0);
  });

  it(`counts wrong codes down and voids the challenge at the ${MAX_CODE_ATTEMPTS}th`, async () => {
    const { reference, code, challenge } = await startedLogin();
    const wrong = otherCode(code);

    for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      expect(await verifyLoginCode({ reference, code: wrong, origin: testOrigin() })).toEqual({
        ok: false,
        error: "CODE_INVALID",
        attemptsLeft: MAX_CODE_ATTEMPTS - attempt,
      });
    }
    expect(await verifyLoginCode({ reference, code: wrong, origin: testOrigin() })).toEqual({
      ok: false,
      error: "CHALLENGE_VOIDED",
    });

    // Now even the right code is refused; the person must start again.
    expect(await verifyLoginCode({ reference, code, origin: testOrigin() })).toEqual({
      ok: false,
      error: "CHALLENGE_VOIDED",
    });
    const voided = await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(voided.voidedAt).not.toBeNull();
    expect(await db().portalSession.count({ where: { accountId: challenge.accountId } })).toBe(0);
  });

  it("refuses the code once the challenge itself has expired", async () => {
    const { reference, code, challenge } = await startedLogin();

    const result = await verifyLoginCode({
      reference,
      code,
      origin: testOrigin(),
      now: secondsLater(challenge.expiresAt, 1),
    });

    expect(result).toEqual({ ok: false, error: "CHALLENGE_EXPIRED" });
  });

  it("refuses the code when the account was deactivated after the password step", async () => {
    const { account, reference, code } = await startedLogin();
    await db().account.update({ where: { id: account.id }, data: { status: "DEACTIVATED" } });

    expect(await verifyLoginCode({ reference, code, origin: testOrigin() })).toEqual({
      ok: false,
      error: "CHALLENGE_MISSING",
    });
    expect(await db().portalSession.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("never writes the code into the audit log", async () => {
    const { account, reference, code } = await startedLogin();
    await verifyLoginCode({ reference, code: otherCode(code), origin: testOrigin() });
    await verifyLoginCode({ reference, code, origin: testOrigin() });

    const events = await db().auditEvent.findMany({ where: { actorAccountId: account.id } });
    const stored = JSON.stringify(events);

    expect(events.filter((event) => event.action === "login.code")).toHaveLength(2);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(otherCode(code));
  });

  describe("simultaneous submissions", () => {
    it("20 at once with the right code open exactly one session", async () => {
      const { account, reference, code, challenge } = await startedLogin();

      const results = await Promise.all(
        Array.from({ length: 20 }, () => verifyLoginCode({ reference, code, origin: testOrigin() })),
      );

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await db().portalSession.count({ where: { accountId: account.id } })).toBe(1);
      const codes = await db().oneTimeCode.findMany({ where: { challengeId: challenge.id } });
      expect(codes.filter((row) => row.consumedAt)).toHaveLength(1);
    });

    it("20 at once with a wrong code count as 20 attempts", async () => {
      const { account, reference, code, challenge } = await startedLogin();
      const wrong = otherCode(code);

      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          verifyLoginCode({ reference, code: wrong, origin: testOrigin() }),
        ),
      );

      expect(results.every((result) => !result.ok)).toBe(true);
      const after = await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } });
      expect(after.failedAttempts).toBe(20);
      expect(after.voidedAt).not.toBeNull();
      expect(await db().portalSession.count({ where: { accountId: account.id } })).toBe(0);
    });
  });

  describe("rate limits", () => {
    it("refuse one client address after 50 code attempts, whatever the challenge", async () => {
      const origin = testOrigin();
      const logins = await Promise.all(Array.from({ length: 10 }, () => startedLogin()));
      for (let i = 0; i < 50; i++) {
        const login = logins[i % logins.length]!;
        await verifyLoginCode({ reference: login.reference, code: otherCode(login.code), origin });
      }

      const fresh = logins[0]!;
      const limited = await verifyLoginCode({ reference: fresh.reference, code: fresh.code, origin });

      expect(limited).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    });
  });
});
