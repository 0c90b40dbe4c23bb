import type { Db } from "@/lib/db/client";

// Locks the client's row until the transaction ends, and says whether it
// was last saved at `loadedUpdatedAt`, the moment the edit form was
// loaded. While the lock is held no other save can slip in between this
// check and the write. False when the client is gone or was saved since.
export async function lockClientAsLoaded(
  tx: Db,
  clientId: string,
  loadedUpdatedAt: Date,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ updatedAt: Date }[]>`
    SELECT "updatedAt" FROM "Client" WHERE "id" = ${clientId}
    FOR UPDATE`;
  const current = rows[0]?.updatedAt;

  return current !== undefined && new Date(current).getTime() === loadedUpdatedAt.getTime();
}
