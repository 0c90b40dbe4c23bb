import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { cancelAppointment } from "@/lib/dossier/write/appointments/cancel-appointment";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { CancelAppointmentForm } from "../forms/appointment-form";
import { toDossierResult } from "../to-dossier-result";

// "Afspraak annuleren", with the reason the client will read.
export async function saveCancelledAppointment(
  actor: DossierActor,
  input: CancelAppointmentForm,
): Promise<DossierActionResult> {
  const { clientId, appointmentId, basedOnUpdatedAt, cancelReason } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      {
        ...dossierAccess(actor, clientId),
        request: { record: "appointment", operation: "cancel", recordId: appointmentId },
      },
      (scope) =>
        cancelAppointment(
          scope,
          { id: appointmentId, updatedAt: basedOnUpdatedAt },
          cancelReason,
        ),
    ),
    "appointment",
  );

  return result.ok ? { ok: true } : result;
}
