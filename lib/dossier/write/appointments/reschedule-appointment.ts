import { changedFields } from "../changed-fields";
import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import type { AppointmentInput } from "./appointment-input";

// Moves an appointment of this dossier or changes where, with whom or what
// it is. A cancelled appointment stays as it was cancelled.
export async function rescheduleAppointment(
  scope: DossierWriteScope,
  id: string,
  input: AppointmentInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;

  if (!(await lockDossierRecord(scope, "appointment", id))) return refused("not_found");

  const current = await db.appointment.findFirst({
    where: { id, dossierId },
    select: {
      status: true,
      startsAt: true,
      endsAt: true,
      location: true,
      careWorker: true,
      description: true,
    },
  });
  if (!current) return refused("not_found");
  if (current.status === "CANCELLED") return refused("not_allowed");

  const fields = changedFields(current, input);
  if (fields.length === 0) return { status: "unchanged", result: { id } };

  await db.appointment.update({ where: { id }, data: input });

  return { status: "written", recordId: id, fields, result: { id } };
}
