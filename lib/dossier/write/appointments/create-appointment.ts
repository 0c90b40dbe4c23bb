import type { DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import type { AppointmentInput } from "./appointment-input";

// A new appointment, always scheduled.
export async function createAppointment(
  scope: DossierWriteScope,
  input: AppointmentInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { id } = await scope.db.appointment.create({
    data: { dossierId: scope.dossierId, status: "SCHEDULED", ...input },
    select: { id: true },
  });

  return { status: "written", recordId: id, fields: Object.keys(input), result: { id } };
}
