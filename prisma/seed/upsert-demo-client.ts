import type { Db } from "@/lib/db/client";
import type { SeedClient } from "./seed-types";

// The client, their dossier and an active SELF grant for their account.
// Returns the dossier's id.
export async function upsertDemoClient(
  db: Db,
  client: SeedClient,
  accountId: string,
): Promise<string> {
  const details = {
    name: client.name,
    dateOfBirth: client.dateOfBirth ? new Date(`${client.dateOfBirth}T00:00:00Z`) : null,
  };

  const { id: clientId } = await db.client.upsert({
    where: { clientNumber: client.clientNumber },
    create: { clientNumber: client.clientNumber, ...details },
    update: details,
    select: { id: true },
  });

  const dossier = await db.dossier.upsert({
    where: { clientId },
    create: { clientId },
    update: {},
    select: { id: true },
  });

  await db.dossierGrant.upsert({
    where: { accountId_clientId_kind: { accountId, clientId, kind: "SELF" } },
    create: { accountId, clientId, kind: "SELF" },
    update: { revokedAt: null, validUntil: null },
  });

  return dossier.id;
}
