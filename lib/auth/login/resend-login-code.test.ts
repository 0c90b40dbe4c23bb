import { beforeEach, describe, expect, it, vi } from "vitest";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { useTestDatabase } from "@/tests/support/test-database";
import { MAX_CODE_ATTEMPTS, MAX_CODE_RESENDS, RESEND_COOLDOWN_SECONDS } from "../constants";
import { codesSentTo, createTestAccount, secondsLater, testOrigin } from "../testing/login-fixtures";
import { hashChallengeReference } from "../challenges/challenge-reference";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";
import { hashRateLimitKey } from "@/lib/rate-limit/enforce-rate-limits";
import { resendLoginCode } from "./resend-login-code";
import { startLogin } from "./start-login";
import { verifyLoginCode } from "./verify-login-code";

vi.mock("@/lib/mail/send-verification-code-email", () => ({
  sendVerificationCodeEmail: vi.fn(async () => {}),
}));
const { sendVerificationCodeEmail } = await import("@/lib/mail/send-verification-code-email");
const sendCode = vi.mocked(sendVerificationCodeEmail);

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("resendLoginCode (Nieuwe code sturen)", () => {
  const db = useTestDatabase();
  beforeEach(() => sendCode.mockClear());

  async function startedLogin(now = new Date()) {
    const account = await createTestAccount(db());
    const started = await startLogin({ ...account, origin: testOrigin(), now });
    if (!started.ok) throw new Error(`login did not start: ${started.error}`);
    const challenge = await db().challenge.findUniqueOrThrow({
      where: { referenceHash: hashChallengeReference(started.reference) },
    });

    return { account, reference: started.reference, challenge, now };
  }

  const afterCooldown = (from: Date, times = 1) =>
    secondsLater(from, times * RESEND_COOLDOWN_SECONDS);

  it(`refuses within ${RESEND_COOLDOWN_SECONDS} seconds of the previous code, saying how long to wait`, async () => {
    const { reference, now } = await startedLogin();

    const tooSoon = await resendLoginCode({
      reference,
      origin: testOrigin(),
      now: secondsLater(now, RESEND_COOLDOWN_SECONDS - 15),
    });

    expect(tooSoon).toEqual({ ok: false, error: "RESEND_TOO_SOON", retryAfterSeconds: 15 });
    expect(sendCode).toHaveBeenCalledTimes(1);
  });

  it("sends a new code after the cooldown, and the new code replaces the old one", async () => {
    const { account, reference, now } = await startedLogin();
    const later = afterCooldown(now);

    const resent = await resendLoginCode({ reference, origin: testOrigin(), now: later });

    expect(resent).toEqual({ ok: true, resendsLeft: MAX_CODE_RESENDS - 1 });
    const [oldCode, newCode] = codesSentTo(sendCode, account.email);
    expect(newCode).toMatch(/^\d{6}$/);
    expect(sendCode).toHaveBeenLastCalledWith({ to: account.email, code: newCode, purpose: "LOGIN" });

    if (oldCode !== newCode) {
      expect(await verifyLoginCode({ reference, code: oldCode, origin: testOrigin(), now: later }))
        .toMatchObject({ ok: false, error: "CODE_INVALID" });
    }
    expect((await verifyLoginCode({ reference, code: newCode, origin: testOrigin(), now: later })).ok)
      .toBe(true);
  });

  it(`allows ${MAX_CODE_RESENDS} new codes per challenge, no more`, async () => {
    const { reference, challenge, now } = await startedLogin();

    for (let resend = 1; resend <= MAX_CODE_RESENDS; resend++) {
      const result = await resendLoginCode({
        reference,
        origin: testOrigin(),
        now: afterCooldown(now, resend),
      });
      expect(result).toEqual({ ok: true, resendsLeft: MAX_CODE_RESENDS - resend });
    }
    const oneTooMany = await resendLoginCode({
      reference,
      origin: testOrigin(),
      now: afterCooldown(now, MAX_CODE_RESENDS + 1),
    });

    expect(oneTooMany).toEqual({ ok: false, error: "RESEND_LIMIT" });
    const codes = await db().oneTimeCode.findMany({ where: { challengeId: challenge.id } });
    expect(codes).toHaveLength(1 + MAX_CODE_RESENDS);
    expect(codes.filter((code) => code.supersededAt === null)).toHaveLength(1);
  });

  it("keeps counting wrong codes across a resend", async () => {
    const { account, reference, challenge, now } = await startedLogin();
    const [first] = codesSentTo(sendCode, account.email);
    for (let i = 0; i < MAX_CODE_ATTEMPTS - 1; i++) {
      await verifyLoginCode({ reference, code: otherCode(first!), origin: testOrigin(), now });
    }

    await resendLoginCode({ reference, origin: testOrigin(), now: afterCooldown(now) });
    const newCode = codesSentTo(sendCode, account.email).at(-1)!;
    const last = await verifyLoginCode({
      reference,
      code: otherCode(newCode),
      origin: testOrigin(),
      now: afterCooldown(now),
    });

    expect(last).toEqual({ ok: false, error: "CHALLENGE_VOIDED" });
    expect(
      (await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } })).failedAttempts,
    ).toBe(MAX_CODE_ATTEMPTS);
  });

  it("sends only one code when asked twice at the same moment", async () => {
    const { account, reference, now } = await startedLogin();
    const later = afterCooldown(now);

    const results = await Promise.all([
      resendLoginCode({ reference, origin: testOrigin(), now: later }),
      resendLoginCode({ reference, origin: testOrigin(), now: later }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(codesSentTo(sendCode, account.email)).toHaveLength(2);
  });

  it("uses the account's send budget once for ten clicks at the same moment", async () => {
    const { account, reference, now } = await startedLogin();
    const later = afterCooldown(now);
    const budgetUsed = async () =>
      (await getRateLimiter(db(), "codeSendPerAccount").get(hashRateLimitKey(account.id)))
        ?.consumedPoints ?? 0;
    const before = await budgetUsed();

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        resendLoginCode({ reference, origin: testOrigin(), now: later }),
      ),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(codesSentTo(sendCode, account.email)).toHaveLength(2);
    expect(await budgetUsed()).toBe(before + 1);
  });

  it("undoes a resend whose mail fails, so a retry may follow at once", async () => {
    const { account, reference, challenge, now } = await startedLogin();
    const later = afterCooldown(now);
    sendCode.mockRejectedValueOnce(new MailDeliveryError("unavailable"));

    expect(await resendLoginCode({ reference, origin: testOrigin(), now: later })).toEqual({
      ok: false,
      error: "MAIL_FAILED",
    });
    expect(await db().challenge.findUniqueOrThrow({ where: { id: challenge.id } })).toMatchObject({
      codesSent: 1,
      lastCodeSentAt: now,
    });
    const codes = await db().oneTimeCode.findMany({ where: { challengeId: challenge.id } });
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatchObject({ supersededAt: null, consumedAt: null });

    expect((await resendLoginCode({ reference, origin: testOrigin(), now: later })).ok).toBe(true);
    expect(codesSentTo(sendCode, account.email)).toHaveLength(3);
  });

  it("leaves the earlier code usable when the resend mail fails", async () => {
    const { account, reference, now } = await startedLogin();
    const [first] = codesSentTo(sendCode, account.email);
    sendCode.mockRejectedValueOnce(new MailDeliveryError("unavailable"));
    await resendLoginCode({ reference, origin: testOrigin(), now: afterCooldown(now) });

    const result = await verifyLoginCode({
      reference,
      code: first,
      origin: testOrigin(),
      now: afterCooldown(now),
    });

    expect(result.ok).toBe(true);
  });

  it("sends nothing for a finished, voided or unknown challenge", async () => {
    const voided = await startedLogin();
    await db().challenge.update({
      where: { id: voided.challenge.id },
      data: { voidedAt: new Date(), failedAttempts: MAX_CODE_ATTEMPTS },
    });
    const finished = await startedLogin();
    await db().challenge.update({
      where: { id: finished.challenge.id },
      data: { completedAt: new Date() },
    });
    sendCode.mockClear();

    const ask = (reference: string, now: Date) =>
      resendLoginCode({ reference, origin: testOrigin(), now: afterCooldown(now) });

    expect(await ask(voided.reference, voided.now)).toEqual({ ok: false, error: "CHALLENGE_VOIDED" });
    expect(await ask(finished.reference, finished.now)).toEqual({
      ok: false,
      error: "CHALLENGE_MISSING",
    });
    expect(await ask("onbekend", new Date())).toEqual({ ok: false, error: "CHALLENGE_MISSING" });
    expect(sendCode).not.toHaveBeenCalled();
  });

  it("audits each request without the code", async () => {
    const { account, reference, now } = await startedLogin();
    await resendLoginCode({ reference, origin: testOrigin(), now });
    await resendLoginCode({ reference, origin: testOrigin(), now: afterCooldown(now) });

    const events = await db().auditEvent.findMany({
      where: { actorAccountId: account.id, action: "login.code_sent" },
      orderBy: { occurredAt: "asc" },
    });

    expect(events.map((event) => [event.outcome, (event.detail as { reason: string }).reason]))
      .toEqual([
        ["SUCCESS", null],
        ["DENIED", "resend_too_soon"],
        ["SUCCESS", null],
      ]);
    for (const code of codesSentTo(sendCode, account.email)) {
      expect(JSON.stringify(events)).not.toContain(code);
    }
  });
});
