import type { ChallengePurpose } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import { hashChallengeReference } from "./challenge-reference";

// The challenge of the given purpose a browser's reference points to, with
// what the next steps need to know about its account and, for activation
// and reset, about the link it was started from; null for anything else.
// The chosen password's hash is not read here: it is only ever used
// inside the transaction that finishes the challenge.
export async function findChallenge(db: Db, reference: unknown, purpose: ChallengePurpose) {
  if (typeof reference !== "string" || reference.length === 0 || reference.length > 200) {
    return null;
  }

  const challenge = await db.challenge.findUnique({
    where: { referenceHash: hashChallengeReference(reference) },
    select: {
      id: true,
      purpose: true,
      failedAttempts: true,
      codesSent: true,
      lastCodeSentAt: true,
      expiresAt: true,
      completedAt: true,
      voidedAt: true,
      account: { select: { id: true, email: true, role: true, status: true } },
      actionToken: { select: { tokenHash: true, usedAt: true, voidedAt: true } },
    },
  });

  return challenge?.purpose === purpose ? challenge : null;
}

export type FoundChallenge = NonNullable<Awaited<ReturnType<typeof findChallenge>>>;
