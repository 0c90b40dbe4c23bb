import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  SESSION_IDLE_MINUTES,
  SESSION_MAX_HOURS,
  SESSION_TOUCH_INTERVAL_SECONDS,
} from "../constants";
import { createTestAccount, secondsLater, testOrigin } from "../testing/login-fixtures";
import { checkPortalSession } from "./check-portal-session";
import { endSessionsOfAccount } from "./end-sessions-of-account";

const MINUTE = 60;

describe("checkPortalSession (the rules behind getCurrentSession)", () => {
  const db = useTestDatabase();

  async function openSession(options: { role?: "CLIENT" | "ADMIN" } = {}) {
    const account = await createTestAccount(db(), options);
    const now = new Date();
    const session = await db().portalSession.create({
      data: {
        accountId: account.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: secondsLater(now, SESSION_MAX_HOURS * 3600),
      },
    });

    return { account, sessionId: session.id, now };
  }

  const row = (id: string) => db().portalSession.findUniqueOrThrow({ where: { id } });

  it("gives the signed-in person for a fresh session", async () => {
    const { account, sessionId } = await openSession({ role: "ADMIN" });

    expect(await checkPortalSession({ sessionId, accountId: account.id })).toEqual({
      sessionId,
      accountId: account.id,
      role: "ADMIN",
      name: "Test Persoon",
      email: account.email,
    });
  });

  it("refuses a session id with another account's id, or an unknown id", async () => {
    const { sessionId } = await openSession();
    const other = await createTestAccount(db());

    expect(await checkPortalSession({ sessionId, accountId: other.id })).toBeNull();
    expect(
      await checkPortalSession({ sessionId: crypto.randomUUID(), accountId: other.id }),
    ).toBeNull();
    expect((await row(sessionId)).endedAt).toBeNull();
  });

  it("moves lastSeenAt on at most once a minute", async () => {
    const { account, sessionId, now } = await openSession();
    const check = (at: Date) => checkPortalSession({ sessionId, accountId: account.id, now: at });

    await check(secondsLater(now, SESSION_TOUCH_INTERVAL_SECONDS - 1));
    expect((await row(sessionId)).lastSeenAt).toEqual(now);

    const later = secondsLater(now, SESSION_TOUCH_INTERVAL_SECONDS + 1);
    await check(later);
    expect((await row(sessionId)).lastSeenAt).toEqual(later);
  });

  it(`keeps a session alive while used, and ends it after ${SESSION_IDLE_MINUTES} idle minutes`, async () => {
    const { account, sessionId, now } = await openSession();
    const check = (at: Date) => checkPortalSession({ sessionId, accountId: account.id, now: at });

    // Used every 10 minutes for an hour: still valid.
    let at = now;
    for (let i = 0; i < 6; i++) {
      at = secondsLater(at, 10 * MINUTE);
      expect(await check(at)).not.toBeNull();
    }

    const idle = secondsLater(at, SESSION_IDLE_MINUTES * MINUTE);
    expect(await check(idle)).toBeNull();
    expect(await row(sessionId)).toMatchObject({ endedAt: idle, endReason: "idle" });

    // Ended for good: coming back sooner does not revive it.
    expect(await check(secondsLater(at, MINUTE))).toBeNull();
  });

  it(`ends a session after ${SESSION_MAX_HOURS} hours, however active`, async () => {
    const { account, sessionId, now } = await openSession();
    const end = secondsLater(now, SESSION_MAX_HOURS * 3600);
    await db().portalSession.update({
      where: { id: sessionId },
      data: { lastSeenAt: secondsLater(end, -MINUTE) },
    });

    expect(await checkPortalSession({ sessionId, accountId: account.id, now: end })).toBeNull();
    expect((await row(sessionId)).endReason).toBe("expired");
  });

  it("ends every session of an account at once when it is deactivated", async () => {
    const first = await openSession();
    const second = await db().portalSession.create({
      data: {
        accountId: first.account.id,
        expiresAt: secondsLater(first.now, SESSION_MAX_HOURS * 3600),
      },
    });
    await db().account.update({ where: { id: first.account.id }, data: { status: "DEACTIVATED" } });

    for (const sessionId of [first.sessionId, second.id]) {
      expect(await checkPortalSession({ sessionId, accountId: first.account.id })).toBeNull();
      expect((await row(sessionId)).endReason).toBe("account_inactive");
    }
  });

  it("refuses a session ended on the server, and audits the end once", async () => {
    const { account, sessionId, now } = await openSession();
    await checkPortalSession({ sessionId, accountId: account.id, now: secondsLater(now, 3600) });
    await checkPortalSession({ sessionId, accountId: account.id, now: secondsLater(now, 3601) });

    const ended = await db().auditEvent.findMany({
      where: { actorAccountId: account.id, action: "session.ended" },
    });
    expect(ended).toHaveLength(1);
    expect(ended[0]!.detail).toEqual({ sessionId, reason: "idle" });
  });

  describe("endSessionsOfAccount", () => {
    it("ends all open sessions of the account but the one kept, and only that account's", async () => {
      const { account, sessionId: keep } = await openSession();
      const extra = await db().portalSession.create({
        data: { accountId: account.id, expiresAt: secondsLater(new Date(), 3600) },
      });
      const bystander = await openSession();
      const origin = testOrigin();

      const count = await endSessionsOfAccount(account.id, {
        except: keep,
        reason: "password_changed",
        origin,
      });

      expect(count).toBe(1);
      expect(await checkPortalSession({ sessionId: extra.id, accountId: account.id })).toBeNull();
      expect((await row(extra.id)).endReason).toBe("password_changed");
      expect(await checkPortalSession({ sessionId: keep, accountId: account.id })).not.toBeNull();
      expect(
        await checkPortalSession({
          sessionId: bystander.sessionId,
          accountId: bystander.account.id,
        }),
      ).not.toBeNull();
      expect(
        await db().auditEvent.findFirst({
          where: { action: "session.ended", detail: { path: ["reason"], equals: "password_changed" } },
        }),
      ).toMatchObject({ ip: origin.ip, actorAccountId: account.id });
    });

    it("ends every session when none is kept", async () => {
      const { account, sessionId } = await openSession();

      expect(await endSessionsOfAccount(account.id, { reason: "deactivated" })).toBe(1);
      expect(await checkPortalSession({ sessionId, accountId: account.id })).toBeNull();
      expect(await endSessionsOfAccount(account.id, { reason: "deactivated" })).toBe(0);
    });
  });
});
