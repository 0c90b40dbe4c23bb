import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";

// A client with an ACTIVE account, a dossier and (unless told otherwise) an
// active SELF grant. Every call makes unique addresses and numbers.
export async function createClientWithDossier(
  db: Db,
  options: { grant?: false | { validFrom?: Date; validUntil?: Date | null; revokedAt?: Date | null } } = {},
) {
  const unique = crypto.randomUUID().slice(0, 8);
  const account = await db.account.create({
    data: {
      email: `client-${unique}@example.test`,
      name: `Cliënt ${unique}`,
      role: "CLIENT",
      status: "ACTIVE",
    },
  });
  const client = await db.client.create({
    data: { clientNumber: `T-${unique}`, name: account.name, dossier: { create: {} } },
    include: { dossier: true },
  });

  if (options.grant !== false) {
    await db.dossierGrant.create({
      data: { accountId: account.id, clientId: client.id, kind: "SELF", ...options.grant },
    });
  }

  return { account, client, dossierId: client.dossier!.id };
}

export const TEST_ORIGIN = { ip: "192.0.2.10", userAgent: "vitest" };

// Audit events written for one account, oldest first.
export function auditEventsOf(db: Db, accountId: string) {
  return db.auditEvent.findMany({
    where: { actorAccountId: accountId },
    orderBy: { occurredAt: "asc" },
  });
}
