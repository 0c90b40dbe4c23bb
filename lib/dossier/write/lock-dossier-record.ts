import { Prisma } from "@/generated/prisma/client";
import type { DossierWriteScope } from "./dossier-write-scope";

// The tables whose rows are changed after being read: an update compares
// with the current values, a cancel checks the current status.
const TABLES = {
  appointment: "Appointment",
  report: "Report",
  "contact-moment": "ContactMoment",
} as const;

export type LockableRecord = keyof typeof TABLES;

// Locks one record of this dossier until the write transaction ends, so
// what the write reads next (status, current values) cannot be changed by
// a parallel write before it saves: two admins cancelling one appointment
// cancel it once, and each audit event names the fields that it changed.
// False when the dossier holds no such record.
export async function lockDossierRecord(
  scope: DossierWriteScope,
  record: LockableRecord,
  id: string,
): Promise<boolean> {
  const table = Prisma.raw(`"${TABLES[record]}"`);

  const rows = await scope.db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${table}
    WHERE "id" = ${id} AND "dossierId" = ${scope.dossierId}
    FOR UPDATE`;

  return rows.length === 1;
}
