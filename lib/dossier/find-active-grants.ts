import type { Db } from "@/lib/db/client";

export type ActiveGrant = {
  grantId: string;
  kind: "SELF" | "REPRESENTATIVE";
  clientId: string;
  dossierId: string | null;
};

// The grants through which an account may see a dossier right now: started,
// not expired and not revoked.
export async function findActiveGrants(
  db: Db,
  accountId: string,
  now: Date,
): Promise<ActiveGrant[]> {
  const grants = await db.dossierGrant.findMany({
    where: {
      accountId,
      revokedAt: null,
      validFrom: { lte: now },
      OR: [{ validUntil: null }, { validUntil: { gt: now } }],
    },
    select: {
      id: true,
      kind: true,
      clientId: true,
      client: { select: { dossier: { select: { id: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });

  return grants.map((grant) => ({
    grantId: grant.id,
    kind: grant.kind,
    clientId: grant.clientId,
    dossierId: grant.client.dossier?.id ?? null,
  }));
}
