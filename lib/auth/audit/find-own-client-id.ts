import type { Db } from "@/lib/db/client";

// The client an account is the client itself of (its SELF grant), for the
// subject of an audit event about the account; null for admins.
export async function findOwnClientId(db: Db, accountId: string): Promise<string | null> {
  const grant = await db.dossierGrant.findFirst({
    where: { accountId, kind: "SELF" },
    orderBy: { createdAt: "asc" },
    select: { clientId: true },
  });

  return grant?.clientId ?? null;
}
