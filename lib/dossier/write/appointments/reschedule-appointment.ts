import { changedFields } from "../changed-fields";
import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import { savedSince, type RecordAsLoaded } from "../record-as-loaded";
import type { AppointmentInput } from "./appointment-input";

// Moves an appointment of this dossier or changes where, with whom or what
// it is. A cancelled appointment stays as it was cancelled; one changed
// by someone else since the form was loaded is refused as a conflict.
export async function rescheduleAppointment(
  scope: DossierWriteScope,
  loaded: RecordAsLoaded,
  input: AppointmentInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;
  const { id } = loaded;

  if (!(await lockDossierRecord(scope, "appointment", id))) return refused("not_found");

  const current = await db.appointment.findFirst({
    where: { id, dossierId },
    select: {
      updatedAt: true,
      status: true,
      startsAt: true,
      endsAt: true,
      location: true,
      careWorker: true,
      description: true,
    },
  });
  if (!current) return refused("not_found");
  // Cancelled says more than "changed since": check it first.
  if (current.status === "CANCELLED") return refused("not_allowed");
  if (savedSince(current, loaded)) return refused("conflict");

  const fields = changedFields(current, input);
  if (fields.length === 0) return { status: "unchanged", result: { id } };

  await db.appointment.update({ where: { id }, data: input });

  return { status: "written", recordId: id, fields, result: { id } };
}
