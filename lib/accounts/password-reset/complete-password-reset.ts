import { resetRateLimit } from "@/lib/rate-limit/enforce-rate-limits";
import { getDb } from "@/lib/db/client";
import { findOwnClientId } from "@/lib/auth/audit/find-own-client-id";
import {
  CompletionRefusedError,
  type ChallengeCompletion,
} from "@/lib/auth/challenges/challenge-completion";
import { voidOpenChallenges } from "@/lib/auth/challenges/void-open-challenges";
import { storePasswordHash } from "@/lib/auth/credentials/store-password-hash";
import { takeChallengeLink } from "@/lib/auth/links/take-challenge-link";
import { endSessionsOfAccount } from "@/lib/auth/session/end-sessions-of-account";
import { notifyPasswordChanged } from "../password-change/notify-password-changed";

// The right code for a PASSWORD_RESET challenge: the link is used up, the
// new password takes effect, failed attempts and locks are cleared and
// every session of the account ends (whoever knew the old password is
// out), all in the transaction that then opens the one new session.
// Afterwards the account's own address is told that the password changed.
export const completePasswordReset: ChallengeCompletion = {
  async apply(tx, { challengeId, accountId, origin, now }) {
    const { pendingPasswordHash } = await takeChallengeLink(tx, challengeId, now);

    // A conditional UPDATE: it waits for, and then sees, a parallel
    // deactivation.
    const active = await tx.account.updateMany({
      where: { id: accountId, status: "ACTIVE" },
      data: { lockedUntil: null },
    });
    if (active.count !== 1) throw new CompletionRefusedError("LINK_INVALID");

    await storePasswordHash(tx, accountId, pendingPasswordHash, now);
    await endSessionsOfAccount(accountId, { reason: "password_reset", origin, db: tx });
    await voidOpenChallenges(tx, accountId, now, { except: challengeId });
    await tx.actionToken.updateMany({
      where: { accountId, purpose: "PASSWORD_RESET", usedAt: null, voidedAt: null },
      data: { voidedAt: now },
    });

    return { subjectClientId: await findOwnClientId(tx, accountId) };
  },

  async afterCommit({ accountId }) {
    const db = await getDb();
    const account = await db.account.findUnique({
      where: { id: accountId },
      select: { email: true },
    });
    if (!account) return;

    // Failed sign-ins counted against the address before the reset no
    // longer hold the owner back.
    await resetRateLimit("loginPasswordPerAccount", account.email);
    await notifyPasswordChanged({ accountId, email: account.email });
  },
};
