import { beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_FAILED_PASSWORD_ATTEMPTS } from "@/lib/auth/constants";
import { startLogin } from "@/lib/auth/login/start-login";
import {
  LONG_PASSWORD_A,
  LONG_PASSWORD_B,
  NEW_PASSWORD,
  openSession,
} from "@/lib/auth/testing/account-flow-fixtures";
import { createTestAccount, testOrigin, type TestAccount } from "@/lib/auth/testing/login-fixtures";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { hashPassword } from "@/lib/passwords/hash-password";
import { useTestDatabase } from "@/tests/support/test-database";
import { changePassword } from "./change-password";

vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
vi.mock("@/lib/mail/send-password-changed-email", () => ({
  sendPasswordChangedEmail: vi.fn(async () => {}),
}));
const { sendPasswordChangedEmail } = await import("@/lib/mail/send-password-changed-email");
const sendChangedMail = vi.mocked(sendPasswordChangedEmail);

describe("changePassword (Wachtwoord wijzigen)", () => {
  const db = useTestDatabase();
  beforeEach(() => sendChangedMail.mockClear());

  async function signedIn(account?: TestAccount) {
    const owner = account ?? (await createTestAccount(db()));
    const sessionId = await openSession(db(), owner.id);

    return { account: owner, session: { accountId: owner.id, sessionId } };
  }

  function change(
    signed: Awaited<ReturnType<typeof signedIn>>,
    current: string,
    next = NEW_PASSWORD,
    confirmation = next,
  ) {
    return changePassword({
      session: signed.session,
      currentPassword: current,
      newPassword: next,
      confirmation,
      origin: testOrigin(),
    });
  }

  const login = (email: string, password: string) =>
    startLogin({ email, password, origin: testOrigin() });

  it("changes the password at once, ends the other sessions and keeps this one", async () => {
    const signed = await signedIn();
    const others = [
      await openSession(db(), signed.account.id),
      await openSession(db(), signed.account.id),
    ];

    const result = await change(signed, signed.account.password);

    expect(result).toEqual({ ok: true, endedSessions: 2, notified: true });
    const sessions = await db().portalSession.findMany({ where: { accountId: signed.account.id } });
    expect(sessions.find((s) => s.id === signed.session.sessionId)?.endedAt).toBeNull();
    for (const id of others) {
      expect(sessions.find((s) => s.id === id)).toMatchObject({ endReason: "password_changed" });
    }
    expect(await login(signed.account.email, signed.account.password)).toMatchObject({
      error: "INVALID_CREDENTIALS",
    });
    expect((await login(signed.account.email, NEW_PASSWORD)).ok).toBe(true);
  });

  it("notifies the account's address and audits the change", async () => {
    const signed = await signedIn();

    await change(signed, signed.account.password);

    expect(sendChangedMail).toHaveBeenCalledWith({ to: signed.account.email });
    const event = await db().auditEvent.findFirst({
      where: { action: "password.change", outcome: "SUCCESS", actorAccountId: signed.account.id },
    });
    expect(event).toMatchObject({ detail: { sessionId: signed.session.sessionId } });
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password and counts it like a failed login", async () => {
    const signed = await signedIn();

    expect(await change(signed, "niet mijn wachtwoord")).toEqual({
      ok: false,
      error: "CURRENT_PASSWORD_WRONG",
    });
    const account = await db().account.findUniqueOrThrow({ where: { id: signed.account.id } });
    expect(account.failedLoginCount).toBe(1);
    expect((await login(signed.account.email, signed.account.password)).ok).toBe(true);
    expect(sendChangedMail).not.toHaveBeenCalled();
    expect(
      await db().auditEvent.findFirst({
        where: { action: "password.change", outcome: "FAILURE", actorAccountId: signed.account.id },
      }),
    ).toMatchObject({ detail: { reason: "wrong_current_password" } });
  });

  it(`locks the account after ${MAX_FAILED_PASSWORD_ATTEMPTS} wrong current passwords`, async () => {
    const signed = await signedIn();

    for (let attempt = 1; attempt <= MAX_FAILED_PASSWORD_ATTEMPTS; attempt++) {
      expect(await change(signed, `fout ${attempt}`)).toMatchObject({
        error: "CURRENT_PASSWORD_WRONG",
      });
    }

    // Locked (and the login limit for the address used up): even the right
    // current password is refused now.
    expect(await change(signed, signed.account.password)).toMatchObject({
      ok: false,
      error: "RATE_LIMITED",
    });
    const account = await db().account.findUniqueOrThrow({ where: { id: signed.account.id } });
    expect(account.lockedUntil).not.toBeNull();
  });

  it("refuses the current password as the new one", async () => {
    const signed = await signedIn();

    expect(await change(signed, signed.account.password, signed.account.password)).toEqual({
      ok: false,
      error: "PASSWORD_INVALID",
      problems: ["SAME_AS_CURRENT"],
    });
  });

  it("says which rule a new password breaks, and changes nothing", async () => {
    const signed = await signedIn();
    const before = await db().passwordCredential.findUniqueOrThrow({
      where: { accountId: signed.account.id },
    });

    expect(await change(signed, signed.account.password, "te kort")).toMatchObject({
      problems: ["TOO_SHORT"],
    });
    expect(
      await change(signed, signed.account.password, NEW_PASSWORD, "iets anders dan dat"),
    ).toMatchObject({ problems: ["CONFIRMATION_MISMATCH"] });
    expect(
      await db().passwordCredential.findUniqueOrThrow({ where: { accountId: signed.account.id } }),
    ).toEqual(before);
  });

  it("does not count new passwords that break a rule as guesses of the current one", async () => {
    const signed = await signedIn();

    for (let attempt = 0; attempt <= MAX_FAILED_PASSWORD_ATTEMPTS; attempt++) {
      expect(await change(signed, signed.account.password, "te kort")).toMatchObject({
        error: "PASSWORD_INVALID",
      });
    }

    expect((await login(signed.account.email, signed.account.password)).ok).toBe(true);
  }, 60_000);

  it("lets only one of two simultaneous changes through", async () => {
    const signed = await signedIn();

    const results = await Promise.all([
      change(signed, signed.account.password, "eerste nieuwe wachtwoord"),
      change(signed, signed.account.password, "tweede nieuwe wachtwoord"),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      error: "CURRENT_PASSWORD_WRONG",
    });
  });

  it("keeps the new password when the notification mail fails, and says so", async () => {
    const signed = await signedIn();
    sendChangedMail.mockRejectedValueOnce(new MailDeliveryError("timeout"));

    expect(await change(signed, signed.account.password)).toEqual({
      ok: true,
      endedSessions: 0,
      notified: false,
    });
    expect((await login(signed.account.email, NEW_PASSWORD)).ok).toBe(true);
  });

  it("counts the whole password, also beyond 72 bytes", async () => {
    const account = await createTestAccount(db());
    await db().passwordCredential.update({
      where: { accountId: account.id },
      data: { hash: await hashPassword(LONG_PASSWORD_A) },
    });
    const signed = await signedIn({ ...account, password: LONG_PASSWORD_A });

    // Same first 72 bytes, yet not "the current password".
    expect(await change(signed, LONG_PASSWORD_A, LONG_PASSWORD_B)).toMatchObject({ ok: true });

    expect(await login(account.email, LONG_PASSWORD_A)).toMatchObject({
      error: "INVALID_CREDENTIALS",
    });
    expect((await login(account.email, LONG_PASSWORD_B)).ok).toBe(true);
  });
});
