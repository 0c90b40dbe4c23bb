import type { Db } from "@/lib/db/client";

// Locks the rows of all active admins until the transaction ends and
// returns their ids. Two transactions that each want to deactivate an
// admin therefore run one after the other, and the second sees the first
// one's change: together they can never deactivate the last active admin.
export async function lockActiveAdmins(tx: Db): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Account"
    WHERE "role" = 'ADMIN' AND "status" = 'ACTIVE'
    ORDER BY "id"
    FOR UPDATE`;

  return rows.map((row) => row.id);
}
