import type { AccountRole, AccountStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

export type LockedAccount = { id: string; role: AccountRole; status: AccountStatus };

// Locks one account row until the transaction ends and returns its current
// role and status, so a status change decided on them cannot be overtaken
// by a parallel one. Null when there is no such account.
export async function lockAccount(tx: Db, accountId: string): Promise<LockedAccount | null> {
  const rows = await tx.$queryRaw<LockedAccount[]>`
    SELECT "id", "role"::text AS "role", "status"::text AS "status"
    FROM "Account" WHERE "id" = ${accountId}
    FOR UPDATE`;

  return rows[0] ?? null;
}
