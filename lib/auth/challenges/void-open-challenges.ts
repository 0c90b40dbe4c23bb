import type { ChallengePurpose } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

export type VoidOptions = {
  // Only challenges of this purpose; all purposes when left out.
  purpose?: ChallengePurpose;
  // Keeps this one open, e.g. the challenge just started.
  except?: string;
  // Only challenges started at or before this moment, so that of two
  // started at nearly the same time the later one is never voided by the
  // earlier one.
  createdBy?: Date;
};

// Voids the account's unfinished challenges, so their codes stop working,
// and drops the chosen passwords they held. Returns how many were voided.
export async function voidOpenChallenges(
  db: Db,
  accountId: string,
  now: Date,
  options: VoidOptions = {},
): Promise<number> {
  const voided = await db.challenge.updateMany({
    where: {
      accountId,
      completedAt: null,
      voidedAt: null,
      ...(options.purpose ? { purpose: options.purpose } : {}),
      ...(options.except ? { id: { not: options.except } } : {}),
      ...(options.createdBy ? { createdAt: { lte: options.createdBy } } : {}),
    },
    data: { voidedAt: now, pendingPasswordHash: null },
  });

  return voided.count;
}
