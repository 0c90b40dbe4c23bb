import type { Db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/is-record-id";
import type { DossierRequest } from "./dossier-request";

// Whose dossier holds the record a reader asked for, by its id across the
// record's table. A refused look at someone else's record is filed under
// that client, so it shows in their audit trail; only the client id is
// read, never content.
export async function findRecordOwner(db: Db, request: DossierRequest): Promise<string | null> {
  const id = request.recordId;
  if (!isRecordId(id)) return null;

  const where = { id };
  const select = { dossier: { select: { clientId: true } } } as const;
  const record =
    request.page === "appointment"
      ? await db.appointment.findUnique({ where, select })
      : request.page === "report"
        ? await db.report.findUnique({ where, select })
        : request.page === "contact-moment"
          ? await db.contactMoment.findUnique({ where, select })
          : null;

  return record?.dossier.clientId ?? null;
}
