import { auditAuthStep } from "@/lib/auth/audit/audit-auth-step";
import { findOwnClientId } from "@/lib/auth/audit/find-own-client-id";
import { voidOpenChallenges } from "@/lib/auth/challenges/void-open-challenges";
import { storePasswordHash } from "@/lib/auth/credentials/store-password-hash";
import { recordFailedPassword } from "@/lib/auth/login/record-failed-password";
import { endSessionsOfAccount } from "@/lib/auth/session/end-sessions-of-account";
import { lockAccount } from "@/lib/accounts/lock-account";
import { getDb, type Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { checkPassword } from "@/lib/passwords/check-password";
import { hashPassword } from "@/lib/passwords/hash-password";
import type { PasswordProblem } from "@/lib/passwords/password-rules";
import { verifyPassword } from "@/lib/passwords/verify-password";
import { enforceRateLimits, resetRateLimit } from "@/lib/rate-limit/enforce-rate-limits";
import { notifyPasswordChanged } from "./notify-password-changed";

export type ChangePasswordInput = {
  // The signed-in person's own session: it stays open, all others end.
  session: { accountId: string; sessionId: string };
  currentPassword: string;
  newPassword: string;
  confirmation: string;
  origin: RequestOrigin;
  now?: Date;
};

export type ChangePasswordResult =
  | { ok: true; endedSessions: number; notified: boolean }
  | { ok: false; error: "CURRENT_PASSWORD_WRONG" | "UNEXPECTED" }
  | { ok: false; error: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; error: "PASSWORD_INVALID"; problems: PasswordProblem[] };

// Thrown in the transaction when the password changed in the meantime.
class PasswordChangedMeanwhileError extends Error {}

// "Wachtwoord wijzigen" on the account page. The current password is
// checked like a login: it counts against the same rate limits, and wrong
// ones count towards locking the account. The new one takes effect at
// once; every other session of the account ends, this one stays, and the
// account's address gets a notification.
export async function changePassword(input: ChangePasswordInput): Promise<ChangePasswordResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const { origin, session } = input;
  const { accountId } = session;
  const audit = async (outcome: "SUCCESS" | "FAILURE" | "DENIED", reason: string | null, tx?: Db) =>
    auditAuthStep(
      {
        action: "password.change",
        outcome,
        origin,
        accountId,
        subjectClientId: await findOwnClientId(tx ?? db, accountId),
        detail: { reason, sessionId: session.sessionId },
      },
      tx,
    );

  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      email: true,
      name: true,
      status: true,
      lockedUntil: true,
      password: { select: { hash: true } },
    },
  });
  if (!account?.password || account.status !== "ACTIVE") {
    await audit("FAILURE", "no_active_account");
    return { ok: false, error: "UNEXPECTED" };
  }
  const currentHash = account.password.hash;

  const limit = await enforceRateLimits([
    { policy: "loginPasswordPerIp", key: origin.ip },
    { policy: "loginPasswordPerAccount", key: account.email },
  ]);
  if (!limit.allowed) {
    await audit("DENIED", "rate_limited");
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    await audit("DENIED", "locked");
    const seconds = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000);
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: seconds };
  }

  if (!(await verifyPassword(input.currentPassword, currentHash))) {
    await recordFailedPassword(db, accountId, origin, now);
    await audit("FAILURE", "wrong_current_password");
    return { ok: false, error: "CURRENT_PASSWORD_WRONG" };
  }
  // As at sign-in, a correct password forgets the attempts counted for the
  // address: the limit is there against guessing it, and new passwords
  // that fail the rules are no guesses.
  await resetRateLimit("loginPasswordPerAccount", account.email);

  const problems = await checkPassword({
    password: input.newPassword,
    confirmation: input.confirmation,
    email: account.email,
    name: account.name,
    isCurrentPassword: (candidate) => verifyPassword(candidate, currentHash),
  });
  if (problems.length > 0) {
    await audit("FAILURE", "password_rules");
    return { ok: false, error: "PASSWORD_INVALID", problems };
  }

  const newHash = await hashPassword(input.newPassword);
  let endedSessions: number;
  try {
    endedSessions = await db.$transaction(async (transaction) => {
      const tx = transaction as Db;
      // The account's row first, as every challenge completion does.
      await lockAccount(tx, accountId);

      // Only if the password is still the one just checked: of two
      // changes at the same moment, the second finds it changed.
      const unchanged = await tx.passwordCredential.updateMany({
        where: { accountId, hash: currentHash },
        data: { changedAt: now },
      });
      if (unchanged.count !== 1) throw new PasswordChangedMeanwhileError();

      await storePasswordHash(tx, accountId, newHash, now);
      const ended = await endSessionsOfAccount(accountId, {
        except: session.sessionId,
        reason: "password_changed",
        origin,
        db: tx,
      });
      await voidOpenChallenges(tx, accountId, now);
      await tx.actionToken.updateMany({
        where: { accountId, purpose: "PASSWORD_RESET", usedAt: null, voidedAt: null },
        data: { voidedAt: now },
      });
      await audit("SUCCESS", null, tx);

      return ended;
    });
  } catch (error) {
    if (!(error instanceof PasswordChangedMeanwhileError)) throw error;
    await audit("FAILURE", "changed_meanwhile");
    return { ok: false, error: "CURRENT_PASSWORD_WRONG" };
  }

  const notified = await notifyPasswordChanged({ accountId, email: account.email });

  return { ok: true, endedSessions, notified };
}
