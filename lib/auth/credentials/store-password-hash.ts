import type { Db } from "@/lib/db/client";

// Sets an account's password (as a hash from hashPassword), whether or not
// it had one, and clears its failed attempts and lock: whoever set it has
// just proven they may.
export async function storePasswordHash(
  tx: Db,
  accountId: string,
  hash: string,
  now: Date,
): Promise<void> {
  await tx.passwordCredential.upsert({
    where: { accountId },
    create: { accountId, hash, changedAt: now },
    update: { hash, changedAt: now },
  });
  await tx.account.update({
    where: { id: accountId },
    data: { failedLoginCount: 0, lockCount: 0, lockedUntil: null },
  });
}
