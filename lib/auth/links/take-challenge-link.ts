import type { Db } from "@/lib/db/client";
import { CompletionRefusedError } from "../challenges/challenge-completion";

// Inside the transaction that finishes an activation or reset challenge:
// uses up the e-mailed link the challenge was started from and hands over
// the password chosen then. The link is marked used with a conditional
// UPDATE, so when two challenges were started from one link, only the
// first to finish gets it; the other's transaction rolls back.
//
// The link must still be unused and not replaced by a newer one; its
// expiry was checked when the password was chosen, and from then on the
// challenge's own limits apply (CHALLENGE_VALID_MINUTES, code validity),
// so a link opened just in time can still be finished.
export async function takeChallengeLink(
  tx: Db,
  challengeId: string,
  now: Date,
): Promise<{ pendingPasswordHash: string }> {
  const challenge = await tx.challenge.findUniqueOrThrow({
    where: { id: challengeId },
    select: { purpose: true, pendingPasswordHash: true, actionTokenId: true },
  });
  const { purpose, pendingPasswordHash, actionTokenId } = challenge;
  if (purpose === "LOGIN" || !pendingPasswordHash || !actionTokenId) {
    throw new CompletionRefusedError("LINK_INVALID");
  }

  const used = await tx.actionToken.updateMany({
    where: { id: actionTokenId, purpose, usedAt: null, voidedAt: null },
    data: { usedAt: now },
  });
  if (used.count !== 1) throw new CompletionRefusedError("LINK_INVALID");

  // The hash has done its work; it is not kept in the challenge.
  await tx.challenge.update({ where: { id: challengeId }, data: { pendingPasswordHash: null } });

  return { pendingPasswordHash };
}
