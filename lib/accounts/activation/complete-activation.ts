import { findOwnClientId } from "@/lib/auth/audit/find-own-client-id";
import {
  CompletionRefusedError,
  type ChallengeCompletion,
} from "@/lib/auth/challenges/challenge-completion";
import { voidOpenChallenges } from "@/lib/auth/challenges/void-open-challenges";
import { storePasswordHash } from "@/lib/auth/credentials/store-password-hash";
import { takeChallengeLink } from "@/lib/auth/links/take-challenge-link";

// The right code for an ACTIVATION challenge: the link is used up, the
// chosen password takes effect and the invited account becomes ACTIVE, in
// the one transaction that also opens the first session. An account that
// is no longer INVITED (activated through another challenge, deactivated)
// refuses, and nothing changes.
export const completeActivation: ChallengeCompletion = {
  async apply(tx, { challengeId, accountId, now }) {
    const { pendingPasswordHash } = await takeChallengeLink(tx, challengeId, now);

    const activated = await tx.account.updateMany({
      where: { id: accountId, status: "INVITED" },
      data: { status: "ACTIVE" },
    });
    if (activated.count !== 1) throw new CompletionRefusedError("LINK_INVALID");

    await storePasswordHash(tx, accountId, pendingPasswordHash, now);

    // Whatever else was under way for the account is over: other
    // activation attempts and any other activation link.
    await voidOpenChallenges(tx, accountId, now, { except: challengeId });
    await tx.actionToken.updateMany({
      where: { accountId, purpose: "ACTIVATION", usedAt: null, voidedAt: null },
      data: { voidedAt: now },
    });

    return { subjectClientId: await findOwnClientId(tx, accountId) };
  },
};
