import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { rescheduleAppointment } from "@/lib/dossier/write/appointments/reschedule-appointment";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { AppointmentForm } from "../forms/appointment-form";
import { toDossierResult } from "../to-dossier-result";

// "Afspraak wijzigen": another time, place, care worker or description
// for a scheduled appointment of this client.
export async function saveRescheduledAppointment(
  actor: DossierActor,
  input: AppointmentForm,
): Promise<DossierActionResult<{ changed: boolean }>> {
  const { clientId, appointmentId, basedOnUpdatedAt, ...appointment } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      {
        ...dossierAccess(actor, clientId),
        request: { record: "appointment", operation: "reschedule", recordId: appointmentId },
      },
      (scope) =>
        rescheduleAppointment(
          scope,
          { id: appointmentId, updatedAt: basedOnUpdatedAt },
          appointment,
        ),
    ),
    "appointment",
  );

  return result.ok ? { ok: true, changed: result.changed } : result;
}
