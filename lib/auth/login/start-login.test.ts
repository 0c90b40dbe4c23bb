import { beforeEach, describe, expect, it, vi } from "vitest";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  CODE_VALID_MINUTES,
  CHALLENGE_VALID_MINUTES,
  MAX_FAILED_PASSWORD_ATTEMPTS,
} from "../constants";
import { hashVerificationCode } from "../codes/hash-verification-code";
import {
  codesSentTo,
  createTestAccount,
  secondsLater,
  testOrigin,
} from "../testing/login-fixtures";
import { hashChallengeReference } from "../challenges/challenge-reference";
import { startLogin } from "./start-login";

vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
vi.mock("@/lib/passwords/verify-password", async (original) => {
  const actual = await original<typeof import("@/lib/passwords/verify-password")>();
  return { verifyPassword: vi.fn(actual.verifyPassword) };
});

const { sendVerificationCodeEmail } = await import("@/lib/mail/send-verification-code-email");
const { verifyPassword } = await import("@/lib/passwords/verify-password");
const actual = await vi.importActual<typeof import("@/lib/passwords/verify-password")>(
  "@/lib/passwords/verify-password",
);
const sendCode = vi.mocked(sendVerificationCodeEmail);

// For tests about counting many wrong passwords: skip bcrypt's deliberate
// slowness, which other tests here cover.
const refuseAllPasswordsQuickly = () => vi.mocked(verifyPassword).mockResolvedValue(false);

const MINUTE = 60;

describe("startLogin (step 1: e-mail address and password)", () => {
  const db = useTestDatabase();

  beforeEach(() => {
    sendCode.mockClear();
    vi.mocked(verifyPassword).mockReset().mockImplementation(actual.verifyPassword);
  });

  it("starts a LOGIN challenge, stores only hashes and mails a six-digit code", async () => {
    const account = await createTestAccount(db());
    const now = new Date();

    const result = await startLogin({ ...account, origin: testOrigin(), now });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [code] = codesSentTo(sendCode, account.email);
    expect(code).toMatch(/^\d{6}$/);
    expect(sendCode).toHaveBeenCalledWith({ to: account.email, code, purpose: "LOGIN" });

    const challenge = await db().challenge.findUniqueOrThrow({
      where: { referenceHash: hashChallengeReference(result.reference) },
      include: { codes: true },
    });
    expect(challenge).toMatchObject({ accountId: account.id, purpose: "LOGIN", codesSent: 1 });
    expect(challenge.referenceHash).not.toBe(result.reference);
    expect(challenge.expiresAt).toEqual(secondsLater(now, CHALLENGE_VALID_MINUTES * MINUTE));
    expect(challenge.codes).toHaveLength(1);
    expect(challenge.codes[0]!.codeHash).toBe(hashVerificationCode(challenge.id, code!));
    expect(challenge.codes[0]!.expiresAt).toEqual(secondsLater(now, CODE_VALID_MINUTES * MINUTE));
  });

  it("accepts the address in other case and with spaces around it", async () => {
    const account = await createTestAccount(db());

    const result = await startLogin({
      email: `  ${account.email.toUpperCase()} `,
      password: account.password,
      origin: testOrigin(),
    });

    expect(result.ok).toBe(true);
  });

  it("gives the same refusal for an unknown address, a wrong password, no password, a lock or an inactive account", async () => {
    const active = await createTestAccount(db());
    const invited = await createTestAccount(db(), { status: "INVITED", withPassword: false });
    const deactivated = await createTestAccount(db(), { status: "DEACTIVATED" });
    const locked = await createTestAccount(db(), {
      lockedUntil: secondsLater(new Date(), 10 * MINUTE),
    });

    const attempts = [
      { email: "niemand-bekend@example.test", password: active.password },
      { email: active.email, password: `${active.password}!` },
      { email: invited.email, password: active.password },
      { email: deactivated.email, password: deactivated.password },
      { email: locked.email, password: locked.password },
    ];
    for (const attempt of attempts) {
      expect(await startLogin({ ...attempt, origin: testOrigin() })).toEqual({
        ok: false,
        error: "INVALID_CREDENTIALS",
      });
    }

    expect(sendCode).not.toHaveBeenCalled();
    expect(await db().challenge.count({ where: { accountId: { in: [locked.id, deactivated.id] } } })).toBe(0);
  });

  it("runs a bcrypt check even when there is no account or no password, so refusals take as long", async () => {
    const invited = await createTestAccount(db(), { status: "INVITED", withPassword: false });

    await startLogin({ email: "onbekend@example.test", password: "iets", origin: testOrigin() });
    await startLogin({ email: invited.email, password: "iets", origin: testOrigin() });

    expect(verifyPassword).toHaveBeenCalledTimes(2);
    for (const [, hash] of vi.mocked(verifyPassword).mock.calls) {
      expect(hash).toMatch(/^\$2[aby]\$12\$/);
    }
  });

  it("audits each attempt with its reason and origin, and never the password or code", async () => {
    const account = await createTestAccount(db());
    const origin = testOrigin();

    await startLogin({ email: account.email, password: "fout-wachtwoord-123", origin });
    await startLogin({ ...account, origin });

    const events = await db().auditEvent.findMany({
      where: { actorAccountId: account.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => [event.action, event.outcome])).toEqual([
      ["login.password", "FAILURE"],
      ["login.password", "SUCCESS"],
      ["login.code_sent", "SUCCESS"],
    ]);
    expect(events[0]).toMatchObject({ ip: origin.ip, userAgent: origin.userAgent });
    expect(events[0]!.detail).toEqual({ reason: "wrong_password" });

    const stored = JSON.stringify(events);
    expect(stored).not.toContain("fout-wachtwoord-123");
    expect(stored).not.toContain(account.password);
    expect(stored).not.toContain(codesSentTo(sendCode, account.email)[0]);
  });

  it("leaves no challenge behind and says so when the code mail cannot be sent", async () => {
    const account = await createTestAccount(db());
    sendCode.mockRejectedValueOnce(new MailDeliveryError("unavailable"));

    const result = await startLogin({ ...account, origin: testOrigin() });

    expect(result).toEqual({ ok: false, error: "MAIL_FAILED" });
    expect(await db().challenge.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db().oneTimeCode.count({ where: { challenge: { accountId: account.id } } })).toBe(0);
    const failed = await db().auditEvent.findFirst({
      where: { actorAccountId: account.id, action: "login.code_sent" },
    });
    expect(failed).toMatchObject({ outcome: "FAILURE", detail: { reason: "mail_failed", resend: false } });
  });

  it("voids an earlier unfinished login challenge of the account once a new code is out", async () => {
    const account = await createTestAccount(db());
    const first = await startLogin({ ...account, origin: testOrigin() });
    const second = await startLogin({ ...account, origin: testOrigin() });
    if (!first.ok || !second.ok) throw new Error("both logins should start");

    const byReference = (reference: string) =>
      db().challenge.findUniqueOrThrow({
        where: { referenceHash: hashChallengeReference(reference) },
      });
    expect((await byReference(first.reference)).voidedAt).not.toBeNull();
    expect((await byReference(second.reference)).voidedAt).toBeNull();
  });

  describe("account lock", () => {
    const fail = (email: string, now: Date) =>
      startLogin({ email, password: "helemaal-verkeerd", origin: testOrigin(), now });

    // Each round of failures comes in a later rate-limit window; the limiter
    // counts real time, so its counts are cleared to stand for that.
    const nextRateLimitWindow = () => db().rateLimiterFlexible.deleteMany();

    it(`locks after ${MAX_FAILED_PASSWORD_ATTEMPTS} wrong passwords, refusing even the right one`, { timeout: 60_000 }, async () => {
      const account = await createTestAccount(db());
      const now = new Date();

      for (let i = 0; i < MAX_FAILED_PASSWORD_ATTEMPTS - 1; i++) await fail(account.email, now);
      expect((await db().account.findUniqueOrThrow({ where: { id: account.id } })).lockedUntil).toBeNull();

      await fail(account.email, now);
      const locked = await db().account.findUniqueOrThrow({ where: { id: account.id } });
      expect(locked.lockedUntil).toEqual(secondsLater(now, 15 * MINUTE));
      expect(locked).toMatchObject({ lockCount: 1, failedLoginCount: 0 });
      expect(
        await db().auditEvent.count({ where: { actorAccountId: account.id, action: "login.locked" } }),
      ).toBe(1);

      await nextRateLimitWindow();
      const refused = await startLogin({
        ...account,
        origin: testOrigin(),
        now: secondsLater(now, 14 * MINUTE),
      });
      expect(refused).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    });

    it("unlocks by itself when the lock period is over, and a correct login clears the count", { timeout: 60_000 }, async () => {
      const account = await createTestAccount(db());
      const now = new Date();
      for (let i = 0; i < MAX_FAILED_PASSWORD_ATTEMPTS; i++) await fail(account.email, now);
      await nextRateLimitWindow();

      const later = secondsLater(now, 15 * MINUTE + 1);
      await fail(account.email, later);
      expect(
        (await db().account.findUniqueOrThrow({ where: { id: account.id } })).failedLoginCount,
      ).toBe(1);

      const result = await startLogin({ ...account, origin: testOrigin(), now: later });
      expect(result.ok).toBe(true);
      expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
        failedLoginCount: 0,
        lockCount: 0,
        lockedUntil: null,
      });
    });

    it("locks for twice as long each next time, up to 24 hours", async () => {
      const account = await createTestAccount(db());
      let now = new Date();
      const lockMinutes: number[] = [];
      refuseAllPasswordsQuickly();
      const lockOnce = async () => {
        await nextRateLimitWindow();
        for (let i = 0; i < MAX_FAILED_PASSWORD_ATTEMPTS; i++) await fail(account.email, now);
        const { lockedUntil } = await db().account.findUniqueOrThrow({ where: { id: account.id } });
        lockMinutes.push((lockedUntil!.getTime() - now.getTime()) / 60_000);
        now = secondsLater(lockedUntil!, 1);
      };

      for (let lock = 0; lock < 3; lock++) await lockOnce();
      // The doubling of every later lock is in lock-period.test.ts; here, the
      // cap once an account has been locked many times before.
      await db().account.update({ where: { id: account.id }, data: { lockCount: 12 } });
      await lockOnce();

      expect(lockMinutes).toEqual([15, 30, 60, 24 * 60]);
    });

    it("counts simultaneous wrong passwords each, and locks once", async () => {
      const account = await createTestAccount(db());
      const now = new Date();
      refuseAllPasswordsQuickly();

      await Promise.all(
        Array.from({ length: MAX_FAILED_PASSWORD_ATTEMPTS }, () => fail(account.email, now)),
      );

      const after = await db().account.findUniqueOrThrow({ where: { id: account.id } });
      expect(after.lockCount).toBe(1);
      expect(after.lockedUntil).not.toBeNull();
    });
  });

  describe("rate limits", () => {
    it("refuses an address after 10 attempts in a row with a wait, whether or not it has an account", async () => {
      const account = await createTestAccount(db());
      refuseAllPasswordsQuickly();

      for (const email of [account.email, "bestaat-niet@example.test"]) {
        for (let i = 0; i < 10; i++) {
          await startLogin({ email, password: "fout", origin: testOrigin() });
        }
        const limited = await startLogin({ email, password: "fout", origin: testOrigin() });

        expect(limited).toMatchObject({ ok: false, error: "RATE_LIMITED" });
        expect(limited.ok === false && limited.retryAfterSeconds).toBeGreaterThan(0);
      }
    });

    it("refuses one client address after 50 attempts, for any addresses", async () => {
      const origin = testOrigin();
      refuseAllPasswordsQuickly();
      for (let i = 0; i < 50; i++) {
        await startLogin({ email: `x${i}@example.test`, password: "fout", origin });
      }

      const limited = await startLogin({ email: "nog-een@example.test", password: "fout", origin });

      expect(limited).toMatchObject({ ok: false, error: "RATE_LIMITED" });
      expect(
        await db().auditEvent.count({
          where: { ip: origin.ip, outcome: "DENIED", detail: { equals: { reason: "rate_limited" } } },
        }),
      ).toBe(1);
    });
  });
});
