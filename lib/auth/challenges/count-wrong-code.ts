import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { MAX_CODE_ATTEMPTS } from "../constants";

export type WrongCodeCount = { failedAttempts: number; voided: boolean } | null;

// Counts one wrong code against the challenge with an atomic increment
// (UPDATE ... SET "failedAttempts" = "failedAttempts" + 1 ... RETURNING),
// so that simultaneous wrong codes each count, and voids the challenge at
// the limit. A finished challenge is not counted (null).
export async function countWrongCode(
  db: Db,
  challengeId: string,
  now: Date,
): Promise<WrongCodeCount> {
  let challenge: { failedAttempts: number; voidedAt: Date | null };
  try {
    challenge = await db.challenge.update({
      where: { id: challengeId, completedAt: null },
      data: { failedAttempts: { increment: 1 } },
      select: { failedAttempts: true, voidedAt: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      return null;
    }
    throw error;
  }

  const atLimit = challenge.failedAttempts >= MAX_CODE_ATTEMPTS;
  if (atLimit && !challenge.voidedAt) {
    await db.challenge.updateMany({
      where: { id: challengeId, voidedAt: null },
      data: { voidedAt: now },
    });
  }

  return { failedAttempts: challenge.failedAttempts, voided: atLimit || challenge.voidedAt !== null };
}
