import type { Db } from "@/lib/db/client";
import { hashChallengeReference } from "./challenge-reference";

// The LOGIN challenge a browser's reference points to, with what the next
// steps need to know about its account; null for anything else.
export async function findLoginChallenge(db: Db, reference: unknown) {
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
    },
  });

  return challenge?.purpose === "LOGIN" ? challenge : null;
}

export type LoginChallenge = NonNullable<Awaited<ReturnType<typeof findLoginChallenge>>>;
