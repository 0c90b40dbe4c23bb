import { beforeEach, describe, expect, it, vi } from "vitest";
import { hashActionToken } from "@/lib/accounts/tokens/hash-action-token";
import { resendChallengeCode } from "@/lib/auth/challenges/resend-challenge-code";
import { verifyChallengeCode } from "@/lib/auth/challenges/verify-challenge-code";
import {
  MAX_CODE_ATTEMPTS,
  MAX_FAILED_PASSWORD_ATTEMPTS,
  RESEND_COOLDOWN_SECONDS,
  RESET_LINK_VALID_MINUTES,
} from "@/lib/auth/constants";
import { chooseLinkPassword } from "@/lib/auth/links/choose-link-password";
import { startLogin } from "@/lib/auth/login/start-login";
import {
  NEW_PASSWORD,
  openSession,
  otherCode,
  tokenFromUrl,
} from "@/lib/auth/testing/account-flow-fixtures";
import {
  codesSentTo,
  createTestAccount,
  secondsLater,
  testOrigin,
  type TestAccount,
} from "@/lib/auth/testing/login-fixtures";
import { verifyPassword } from "@/lib/passwords/verify-password";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { useTestDatabase } from "@/tests/support/test-database";
import { askForPasswordReset } from "./ask-for-password-reset";

vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
vi.mock("@/lib/mail/send-password-reset-email", () => ({
  sendPasswordResetEmail: vi.fn(async () => {}),
}));
vi.mock("@/lib/mail/send-password-changed-email", () => ({
  sendPasswordChangedEmail: vi.fn(async () => {}),
}));
const { sendVerificationCodeEmail } = await import("@/lib/mail/send-verification-code-email");
const { sendPasswordResetEmail } = await import("@/lib/mail/send-password-reset-email");
const { sendPasswordChangedEmail } = await import("@/lib/mail/send-password-changed-email");
const sendCode = vi.mocked(sendVerificationCodeEmail);
const sendResetMail = vi.mocked(sendPasswordResetEmail);
const sendChangedMail = vi.mocked(sendPasswordChangedEmail);

describe("forgotten password", () => {
  const db = useTestDatabase();
  beforeEach(() => {
    sendCode.mockClear();
    sendResetMail.mockClear();
    sendChangedMail.mockClear();
  });

  // Asks for a reset as the form does, and runs the work that the app
  // leaves to after() once the answer has gone out.
  async function ask(email: string, origin = testOrigin()) {
    const scheduled: (() => Promise<void>)[] = [];
    const answer = await askForPasswordReset({
      email,
      origin,
      schedule: (work) => scheduled.push(work),
    });
    for (const work of scheduled) await work();

    return { answer, scheduled: scheduled.length };
  }

  function resetLinksTo(email: string): string[] {
    return sendResetMail.mock.calls
      .map(([input]) => input)
      .filter((input) => input.to === email)
      .map((input) => tokenFromUrl(input.resetUrl));
  }

  async function resetLink(account: TestAccount): Promise<string> {
    await ask(account.email);
    return resetLinksTo(account.email).at(-1)!;
  }

  function choose(token: string, password = NEW_PASSWORD, now = new Date()) {
    return chooseLinkPassword({
      purpose: "PASSWORD_RESET",
      token,
      password,
      confirmation: password,
      origin: testOrigin(),
      now,
    });
  }

  async function chosen(account: TestAccount, token: string, password = NEW_PASSWORD) {
    const started = await choose(token, password);
    if (!started.ok) throw new Error(`reset did not start: ${started.error}`);

    return { reference: started.reference, code: codesSentTo(sendCode, account.email).at(-1)! };
  }

  function confirm(reference: string, code: string, now?: Date) {
    return verifyChallengeCode({
      purpose: "PASSWORD_RESET",
      reference,
      code,
      origin: testOrigin(),
      now,
    });
  }

  const login = (email: string, password: string) =>
    startLogin({ email, password, origin: testOrigin() });

  describe("asking for a link", () => {
    it("answers the same for a known, an unknown, an invited and a deactivated address", async () => {
      const active = await createTestAccount(db());
      const invited = await createTestAccount(db(), { status: "INVITED", withPassword: false });
      const deactivated = await createTestAccount(db(), { status: "DEACTIVATED" });

      const answers = [
        await ask(active.email),
        await ask(`onbekend-${active.email}`),
        await ask(invited.email),
        await ask(deactivated.email),
      ];

      for (const answer of answers) expect(answer).toEqual({ answer: { ok: true }, scheduled: 1 });
      expect(sendResetMail).toHaveBeenCalledTimes(1);
      expect(resetLinksTo(active.email)).toHaveLength(1);
    });

    it("mails only the address stored for the account, never the address as typed", async () => {
      const account = await createTestAccount(db());

      await ask(`  ${account.email.toUpperCase()}  `);

      expect(sendResetMail).toHaveBeenCalledTimes(1);
      expect(sendResetMail.mock.calls[0]![0].to).toBe(account.email);
    });

    it("audits each request, without the address, and with the account only when there is one", async () => {
      const account = await createTestAccount(db());
      const unknown = `onbekend-${crypto.randomUUID()}@example.test`;
      const origin = testOrigin();

      await ask(account.email, origin);
      await ask(unknown, origin);

      const events = await db().auditEvent.findMany({
        where: { action: "password.reset_requested", ip: origin.ip },
        orderBy: { occurredAt: "asc" },
      });
      expect(events.map((event) => [event.outcome, event.detail])).toEqual([
        ["SUCCESS", { accountId: account.id, reason: null, by: "self_service" }],
        ["FAILURE", { accountId: null, reason: "unknown_address", by: "self_service" }],
      ]);
      expect(events.every((event) => event.actorAccountId === null)).toBe(true);
      expect(JSON.stringify(events)).not.toContain(unknown);
    });

    it(`allows ${RATE_LIMIT_POLICIES.passwordResetRequestPerAddress.points} requests per address per hour, known or not`, async () => {
      const { points } = RATE_LIMIT_POLICIES.passwordResetRequestPerAddress;
      const account = await createTestAccount(db());
      const unknown = `onbekend-${crypto.randomUUID()}@example.test`;

      for (const email of [account.email, unknown]) {
        for (let request = 1; request <= points; request++) {
          expect((await ask(email)).answer).toEqual({ ok: true });
        }
        const refused = await ask(email.toUpperCase());
        expect(refused.answer).toMatchObject({ ok: false, error: "RATE_LIMITED" });
        expect(refused.scheduled).toBe(0);
      }
      expect(resetLinksTo(account.email)).toHaveLength(points);
    });

    it("voids the earlier link when a new one is asked for", async () => {
      const account = await createTestAccount(db());
      const first = await resetLink(account);
      const second = await resetLink(account);

      expect(await choose(first)).toEqual({ ok: false, error: "LINK_INVALID" });
      expect((await choose(second)).ok).toBe(true);
    });
  });

  describe("choosing the new password", () => {
    it("needs the e-mailed code before anything changes", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);

      await chosen(account, token);

      expect(sendCode).toHaveBeenLastCalledWith(
        expect.objectContaining({ to: account.email, purpose: "PASSWORD_RESET" }),
      );
      expect((await login(account.email, account.password)).ok).toBe(true);
      expect(await login(account.email, NEW_PASSWORD)).toMatchObject({
        error: "INVALID_CREDENTIALS",
      });
      const link = await db().actionToken.findUniqueOrThrow({
        where: { tokenHash: hashActionToken(token) },
      });
      expect(link.usedAt).toBeNull();
    });

    it(`keeps the link valid for ${RESET_LINK_VALID_MINUTES} minutes, not longer`, async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const { expiresAt } = await db().actionToken.findUniqueOrThrow({
        where: { tokenHash: hashActionToken(token) },
      });

      expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(
        RESET_LINK_VALID_MINUTES * 60_000,
      );
      expect(await choose(token, NEW_PASSWORD, expiresAt)).toEqual({
        ok: false,
        error: "LINK_INVALID",
      });
      expect((await choose(token, NEW_PASSWORD, secondsLater(expiresAt, -30))).ok).toBe(true);
    });

    it("refuses a link whose account was deactivated since", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      await db().account.update({ where: { id: account.id }, data: { status: "DEACTIVATED" } });

      expect(await choose(token)).toEqual({ ok: false, error: "LINK_INVALID" });
    });
  });

  describe("the right code", () => {
    it("sets the password, ends every session, clears the lock, uses the link and signs in afresh", async () => {
      const account = await createTestAccount(db());
      const elsewhere = [await openSession(db(), account.id), await openSession(db(), account.id)];
      await db().account.update({
        where: { id: account.id },
        data: {
          failedLoginCount: MAX_FAILED_PASSWORD_ATTEMPTS - 1,
          lockCount: 2,
          lockedUntil: secondsLater(new Date(), 3600),
        },
      });
      const token = await resetLink(account);
      const { reference, code } = await chosen(account, token);

      const result = await confirm(reference, code);

      expect(result).toMatchObject({ ok: true, accountId: account.id });
      if (!result.ok) return;
      const sessions = await db().portalSession.findMany({ where: { accountId: account.id } });
      expect(sessions.filter((session) => session.endedAt === null).map((s) => s.id)).toEqual([
        result.sessionId,
      ]);
      for (const id of elsewhere) {
        expect(sessions.find((session) => session.id === id)).toMatchObject({
          endReason: "password_reset",
        });
      }
      expect(
        await db().account.findUniqueOrThrow({
          where: { id: account.id },
          select: { failedLoginCount: true, lockCount: true, lockedUntil: true },
        }),
      ).toEqual({ failedLoginCount: 0, lockCount: 0, lockedUntil: null });
      const link = await db().actionToken.findUniqueOrThrow({
        where: { tokenHash: hashActionToken(token) },
      });
      expect(link.usedAt).not.toBeNull();
      expect(await choose(token)).toEqual({ ok: false, error: "LINK_INVALID" });
      expect(
        await db().auditEvent.findFirst({
          where: { action: "password.reset", outcome: "SUCCESS", actorAccountId: account.id },
        }),
      ).toMatchObject({ detail: { sessionId: result.sessionId } });
    });

    it("makes the old password fail and the new one work, and notifies the account's address", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const { reference, code } = await chosen(account, token);
      await confirm(reference, code);

      expect(await login(account.email, account.password)).toMatchObject({
        error: "INVALID_CREDENTIALS",
      });
      expect((await login(account.email, NEW_PASSWORD)).ok).toBe(true);
      expect(sendChangedMail).toHaveBeenCalledWith({ to: account.email });
      const credential = await db().passwordCredential.findUniqueOrThrow({
        where: { accountId: account.id },
      });
      expect(await verifyPassword(NEW_PASSWORD, credential.hash)).toBe(true);
    });

    it("keeps the new password when the notification mail fails", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const { reference, code } = await chosen(account, token);
      sendChangedMail.mockRejectedValueOnce(new Error("mail down"));

      expect((await confirm(reference, code)).ok).toBe(true);
      expect((await login(account.email, NEW_PASSWORD)).ok).toBe(true);
    });
  });

  describe("the code", () => {
    it(`voids the attempt after ${MAX_CODE_ATTEMPTS} wrong codes and changes nothing`, async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const { reference, code } = await chosen(account, token);

      for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt++) {
        expect(await confirm(reference, otherCode(code))).toMatchObject({ error: "CODE_INVALID" });
      }
      expect(await confirm(reference, otherCode(code))).toEqual({
        ok: false,
        error: "CHALLENGE_VOIDED",
      });
      expect(await confirm(reference, code)).toEqual({ ok: false, error: "CHALLENGE_VOIDED" });
      expect((await login(account.email, account.password)).ok).toBe(true);
    });

    it("is used once only, and a second right code finds the attempt finished", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const { reference, code } = await chosen(account, token);

      const results = await Promise.all([confirm(reference, code), confirm(reference, code)]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await confirm(reference, code)).toEqual({ ok: false, error: "CHALLENGE_MISSING" });
    });

    it("can be sent again only after the cooldown", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const now = new Date();
      const started = await choose(token, NEW_PASSWORD, now);
      if (!started.ok) throw new Error("reset did not start");
      const resend = (at: Date) =>
        resendChallengeCode({
          purpose: "PASSWORD_RESET",
          reference: started.reference,
          origin: testOrigin(),
          now: at,
        });

      expect(await resend(secondsLater(now, RESEND_COOLDOWN_SECONDS - 1))).toEqual({
        ok: false,
        error: "RESEND_TOO_SOON",
        retryAfterSeconds: 1,
      });
      expect((await resend(secondsLater(now, RESEND_COOLDOWN_SECONDS))).ok).toBe(true);
      expect(sendCode).toHaveBeenLastCalledWith(
        expect.objectContaining({ to: account.email, purpose: "PASSWORD_RESET" }),
      );
    });

    it("is not accepted as a login or activation code", async () => {
      const account = await createTestAccount(db());
      const token = await resetLink(account);
      const { reference, code } = await chosen(account, token);

      for (const purpose of ["LOGIN", "ACTIVATION"] as const) {
        expect(
          await verifyChallengeCode({ purpose, reference, code, origin: testOrigin() }),
        ).toEqual({ ok: false, error: "CHALLENGE_MISSING" });
      }
      expect((await confirm(reference, code)).ok).toBe(true);
    });
  });
});
