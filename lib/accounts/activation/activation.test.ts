import { beforeEach, describe, expect, it, vi } from "vitest";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { hashActionToken } from "@/lib/accounts/tokens/hash-action-token";
import { resendChallengeCode } from "@/lib/auth/challenges/resend-challenge-code";
import { verifyChallengeCode } from "@/lib/auth/challenges/verify-challenge-code";
import {
  ACTIVATION_LINK_VALID_HOURS,
  CODE_VALID_MINUTES,
  MAX_CODE_ATTEMPTS,
  MAX_CODE_RESENDS,
  RESEND_COOLDOWN_SECONDS,
} from "@/lib/auth/constants";
import { chooseLinkPassword } from "@/lib/auth/links/choose-link-password";
import { findLinkAccount } from "@/lib/auth/links/find-link-account";
import { startLogin } from "@/lib/auth/login/start-login";
import {
  createInvitedAccount,
  findChallengeByReference,
  LONG_PASSWORD_A,
  LONG_PASSWORD_B,
  NEW_PASSWORD,
  otherCode,
  type InvitedAccount,
} from "@/lib/auth/testing/account-flow-fixtures";
import { codesSentTo, secondsLater, testOrigin } from "@/lib/auth/testing/login-fixtures";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { verifyPassword } from "@/lib/passwords/verify-password";
import { useTestDatabase } from "@/tests/support/test-database";

vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
const { sendVerificationCodeEmail } = await import("@/lib/mail/send-verification-code-email");
const sendCode = vi.mocked(sendVerificationCodeEmail);

const HOUR = 60 * 60;

describe("activating an invited account", () => {
  const db = useTestDatabase();
  beforeEach(() => sendCode.mockClear());

  function choose(account: InvitedAccount, password = NEW_PASSWORD, now = new Date()) {
    return chooseLinkPassword({
      purpose: "ACTIVATION",
      token: account.token,
      password,
      confirmation: password,
      origin: testOrigin(),
      now,
    });
  }

  async function chosen(account: InvitedAccount, password = NEW_PASSWORD, now = new Date()) {
    const started = await choose(account, password, now);
    if (!started.ok) throw new Error(`activation did not start: ${started.error}`);
    const code = codesSentTo(sendCode, account.email).at(-1)!;

    return { reference: started.reference, code, now };
  }

  function confirm(reference: string, code: string, now?: Date) {
    return verifyChallengeCode({
      purpose: "ACTIVATION",
      reference,
      code,
      origin: testOrigin(),
      now,
    });
  }

  async function accountState(id: string) {
    return db().account.findUniqueOrThrow({
      where: { id },
      select: { status: true, password: { select: { hash: true } } },
    });
  }

  async function activationToken(token: string) {
    return db().actionToken.findUniqueOrThrow({ where: { tokenHash: hashActionToken(token) } });
  }

  it("mails a code for the chosen password, and changes nothing before the code", async () => {
    const account = await createInvitedAccount(db());

    const { reference, code } = await chosen(account);

    expect(sendCode).toHaveBeenCalledWith({ to: account.email, code, purpose: "ACTIVATION" });
    const challenge = await findChallengeByReference(db(), reference);
    expect(challenge).toMatchObject({ purpose: "ACTIVATION", accountId: account.id });
    expect(challenge.pendingPasswordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await accountState(account.id)).toEqual({ status: "INVITED", password: null });
    expect((await activationToken(account.token)).usedAt).toBeNull();
  });

  it("with the right code sets the password, activates, uses the link and signs in", async () => {
    const account = await createInvitedAccount(db());
    const { reference, code, now } = await chosen(account);

    const result = await confirm(reference, code, now);

    expect(result).toMatchObject({ ok: true, accountId: account.id, role: "CLIENT" });
    if (!result.ok) return;
    const state = await accountState(account.id);
    expect(state.status).toBe("ACTIVE");
    expect(await verifyPassword(NEW_PASSWORD, state.password!.hash)).toBe(true);
    expect((await activationToken(account.token)).usedAt).toEqual(now);
    const session = await db().portalSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ accountId: account.id, endedAt: null });
    const challenge = await findChallengeByReference(db(), reference);
    expect(challenge).toMatchObject({ completedAt: now, pendingPasswordHash: null });
    expect(
      await db().auditEvent.findFirst({
        where: { action: "account.activate", outcome: "SUCCESS", actorAccountId: account.id },
      }),
    ).toMatchObject({ detail: { sessionId: result.sessionId } });

    // The new password now signs in like any other.
    expect(
      (await startLogin({ email: account.email, password: NEW_PASSWORD, origin: testOrigin() })).ok,
    ).toBe(true);
  });

  it("lets abandoning after choosing a password leave the link usable", async () => {
    const account = await createInvitedAccount(db());
    await chosen(account, "een eerste gekozen wachtwoord");

    const again = await chosen(account);

    expect((await confirm(again.reference, again.code)).ok).toBe(true);
  });

  it(`keeps the link valid for ${ACTIVATION_LINK_VALID_HOURS} hours, not longer`, async () => {
    const account = await createInvitedAccount(db());
    const { expiresAt } = await activationToken(account.token);

    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(
      (ACTIVATION_LINK_VALID_HOURS * HOUR - 60) * 1000,
    );
    expect(await choose(account, NEW_PASSWORD, secondsLater(expiresAt, 0))).toEqual({
      ok: false,
      error: "LINK_INVALID",
    });
    expect(
      await findLinkAccount(db(), account.token, "ACTIVATION", secondsLater(expiresAt, 1)),
    ).toBeNull();
    expect((await choose(account, NEW_PASSWORD, secondsLater(expiresAt, -60))).ok).toBe(true);
  });

  it("works once only: after activation the link is refused", async () => {
    const account = await createInvitedAccount(db());
    const { reference, code } = await chosen(account);
    await confirm(reference, code);

    expect(await choose(account)).toEqual({ ok: false, error: "LINK_INVALID" });
    expect(await findLinkAccount(db(), account.token, "ACTIVATION", new Date())).toBeNull();
  });

  it("stops working when the admin sends a new invitation, also halfway", async () => {
    const account = await createInvitedAccount(db());
    const { reference, code } = await chosen(account);

    const { token: newToken } = await issueActionToken(account.id, "ACTIVATION");

    expect(await confirm(reference, code)).toEqual({ ok: false, error: "LINK_INVALID" });
    expect(await choose(account)).toEqual({ ok: false, error: "LINK_INVALID" });
    expect(await accountState(account.id)).toEqual({ status: "INVITED", password: null });
    const renewed = await chosen({ ...account, token: newToken });
    expect((await confirm(renewed.reference, renewed.code)).ok).toBe(true);
  });

  it("works only for an invited account", async () => {
    for (const status of ["ACTIVE", "DEACTIVATED"] as const) {
      const account = await createInvitedAccount(db(), { status });

      expect(await choose(account)).toEqual({ ok: false, error: "LINK_INVALID" });
    }
    expect(sendCode).not.toHaveBeenCalled();
  });

  it("refuses to finish when the account was deactivated after the code was sent", async () => {
    const account = await createInvitedAccount(db());
    const { reference, code } = await chosen(account);
    await db().account.update({ where: { id: account.id }, data: { status: "DEACTIVATED" } });

    expect(await confirm(reference, code)).toEqual({ ok: false, error: "LINK_INVALID" });
    expect(
      await db().passwordCredential.findUnique({ where: { accountId: account.id } }),
    ).toBeNull();
  });

  it("treats unknown, empty and absurd links alike", async () => {
    for (const token of ["", "onbekend", "x".repeat(5_000)]) {
      const result = await chooseLinkPassword({
        purpose: "ACTIVATION",
        token,
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
        origin: testOrigin(),
      });
      expect(result).toEqual({ ok: false, error: "LINK_INVALID" });
    }
  });

  it("says which password rules fail, and sends nothing", async () => {
    const account = await createInvitedAccount(db());
    const attempt = (password: string, confirmation = password) =>
      chooseLinkPassword({
        purpose: "ACTIVATION",
        token: account.token,
        password,
        confirmation,
        origin: testOrigin(),
      });

    expect(await attempt("kort")).toMatchObject({
      error: "PASSWORD_INVALID",
      problems: ["TOO_SHORT"],
    });
    expect(await attempt("1qaz2wsx3edc")).toMatchObject({ problems: ["COMMON"] });
    expect(await attempt("ik heet ria voorbeeld")).toMatchObject({ problems: ["CONTAINS_NAME"] });
    expect(await attempt(NEW_PASSWORD, `${NEW_PASSWORD} `)).toMatchObject({
      problems: ["CONFIRMATION_MISMATCH"],
    });
    expect(sendCode).not.toHaveBeenCalled();
    expect(await db().challenge.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("tells when the code mail fails, keeps nothing, and lets the person retry", async () => {
    const account = await createInvitedAccount(db());
    sendCode.mockRejectedValueOnce(new MailDeliveryError("timeout"));

    expect(await choose(account)).toEqual({ ok: false, error: "MAIL_FAILED" });
    expect(await db().challenge.count({ where: { accountId: account.id } })).toBe(0);

    const retry = await chosen(account);
    expect((await confirm(retry.reference, retry.code)).ok).toBe(true);
  });

  describe("the code", () => {
    it(`expires after ${CODE_VALID_MINUTES} minutes`, async () => {
      const account = await createInvitedAccount(db());
      const { reference, code, now } = await chosen(account);

      const late = secondsLater(now, CODE_VALID_MINUTES * 60);
      expect(await confirm(reference, code, late)).toEqual({ ok: false, error: "CODE_EXPIRED" });
      expect((await accountState(account.id)).status).toBe("INVITED");
    });

    it("is used once only", async () => {
      const account = await createInvitedAccount(db());
      const { reference, code } = await chosen(account);
      await confirm(reference, code);

      expect(await confirm(reference, code)).toEqual({ ok: false, error: "CHALLENGE_MISSING" });
    });

    it(`voids the activation attempt after ${MAX_CODE_ATTEMPTS} wrong codes`, async () => {
      const account = await createInvitedAccount(db());
      const { reference, code } = await chosen(account);

      for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt++) {
        expect(await confirm(reference, otherCode(code))).toEqual({
          ok: false,
          error: "CODE_INVALID",
          attemptsLeft: MAX_CODE_ATTEMPTS - attempt,
        });
      }
      expect(await confirm(reference, otherCode(code))).toEqual({
        ok: false,
        error: "CHALLENGE_VOIDED",
      });
      expect(await confirm(reference, code)).toEqual({ ok: false, error: "CHALLENGE_VOIDED" });
      expect((await accountState(account.id)).status).toBe("INVITED");

      // The link itself still works: choosing a password starts afresh.
      expect((await choose(account)).ok).toBe(true);
    });

    it("can be sent again after the cooldown, at most a few times, and the new code replaces the old", async () => {
      const account = await createInvitedAccount(db());
      const { reference, code: first, now } = await chosen(account);
      const resend = (at: Date) =>
        resendChallengeCode({ purpose: "ACTIVATION", reference, origin: testOrigin(), now: at });

      expect(await resend(secondsLater(now, 10))).toMatchObject({ error: "RESEND_TOO_SOON" });
      for (let time = 1; time <= MAX_CODE_RESENDS; time++) {
        expect(await resend(secondsLater(now, time * RESEND_COOLDOWN_SECONDS))).toEqual({
          ok: true,
          resendsLeft: MAX_CODE_RESENDS - time,
        });
      }
      expect(
        await resend(secondsLater(now, (MAX_CODE_RESENDS + 1) * RESEND_COOLDOWN_SECONDS)),
      ).toEqual({ ok: false, error: "RESEND_LIMIT" });

      const codes = codesSentTo(sendCode, account.email);
      expect(codes).toHaveLength(1 + MAX_CODE_RESENDS);
      expect(sendCode).toHaveBeenLastCalledWith(expect.objectContaining({ purpose: "ACTIVATION" }));
      const challenge = await findChallengeByReference(db(), reference);
      const current = await db().oneTimeCode.findMany({
        where: { challengeId: challenge.id, supersededAt: null },
      });
      expect(current).toHaveLength(1);
      expect(codes[0]).toBe(first);

      const later = secondsLater(now, (MAX_CODE_RESENDS + 1) * RESEND_COOLDOWN_SECONDS);
      expect((await confirm(reference, codes.at(-1)!, later)).ok).toBe(true);
    });
  });

  describe("at the same time", () => {
    it("lets only one of two activations started from one link finish", async () => {
      const account = await createInvitedAccount(db());
      const now = new Date();
      // Started in this order, neither voids the other: both stay open.
      const second = await chosen(account, "het tweede gekozen wachtwoord", secondsLater(now, 1));
      const first = await chosen(account, "het eerste gekozen wachtwoord", now);

      const results = await Promise.all([
        confirm(first.reference, first.code, secondsLater(now, 2)),
        confirm(second.reference, second.code, secondsLater(now, 2)),
      ]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toMatchObject({ ok: false });
      expect(await db().portalSession.count({ where: { accountId: account.id } })).toBe(1);
      expect(
        await db().auditEvent.count({
          where: { action: "account.activate", outcome: "SUCCESS", actorAccountId: account.id },
        }),
      ).toBe(1);
    });

    it("opens exactly one session for 10 simultaneous right codes", async () => {
      const account = await createInvitedAccount(db());
      const { reference, code } = await chosen(account);

      const results = await Promise.all(Array.from({ length: 10 }, () => confirm(reference, code)));

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await db().portalSession.count({ where: { accountId: account.id } })).toBe(1);
    });
  });

  it("counts the whole password, also beyond 72 bytes", async () => {
    const account = await createInvitedAccount(db());
    const { reference, code } = await chosen(account, LONG_PASSWORD_A);
    await confirm(reference, code);

    const login = (password: string) =>
      startLogin({ email: account.email, password, origin: testOrigin() });

    expect(await login(LONG_PASSWORD_B)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect((await login(LONG_PASSWORD_A)).ok).toBe(true);
  });

  it("writes no password, code or link into the audit log", async () => {
    const account = await createInvitedAccount(db());
    const { reference, code } = await chosen(account);
    await confirm(reference, otherCode(code));
    await confirm(reference, code);

    const events = await db().auditEvent.findMany();
    const logged = JSON.stringify(events);
    for (const secret of [NEW_PASSWORD, code, account.token, reference]) {
      expect(logged).not.toContain(secret);
    }
  });
});
