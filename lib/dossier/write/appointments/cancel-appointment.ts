import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";

// Cancels a scheduled appointment of this dossier, with the reason the
// client will read. The appointment stays in the list, marked cancelled.
export async function cancelAppointment(
  scope: DossierWriteScope,
  id: string,
  reason: string,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;

  if (!(await lockDossierRecord(scope, "appointment", id))) return refused("not_found");

  const current = await db.appointment.findFirst({
    where: { id, dossierId },
    select: { status: true },
  });
  if (!current) return refused("not_found");
  if (current.status === "CANCELLED") return refused("not_allowed");

  await db.appointment.update({
    where: { id },
    data: { status: "CANCELLED", cancelReason: reason },
  });

  return { status: "written", recordId: id, fields: ["status", "cancelReason"], result: { id } };
}
