import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import { savedSince, type RecordAsLoaded } from "../record-as-loaded";

// Cancels a scheduled appointment of this dossier, with the reason the
// client will read. The appointment stays in the list, marked cancelled.
// One moved or changed since the admin opened "Afspraak annuleren" is
// refused as a conflict: they decided on what they saw, not on what it is
// now.
export async function cancelAppointment(
  scope: DossierWriteScope,
  loaded: RecordAsLoaded,
  reason: string,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;
  const { id } = loaded;

  if (!(await lockDossierRecord(scope, "appointment", id))) return refused("not_found");

  const current = await db.appointment.findFirst({
    where: { id, dossierId },
    select: { status: true, updatedAt: true },
  });
  if (!current) return refused("not_found");
  // Already cancelled says more than "changed since": check it first.
  if (current.status === "CANCELLED") return refused("not_allowed");
  if (savedSince(current, loaded)) return refused("conflict");

  await db.appointment.update({
    where: { id },
    data: { status: "CANCELLED", cancelReason: reason },
  });

  return { status: "written", recordId: id, fields: ["status", "cancelReason"], result: { id } };
}
