import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { createAppointment } from "@/lib/dossier/write/appointments/create-appointment";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { NewAppointmentForm } from "../forms/appointment-form";
import { toDossierResult } from "../to-dossier-result";

// "Afspraak toevoegen" for a client, through the audited write path.
export async function saveNewAppointment(
  actor: DossierActor,
  input: NewAppointmentForm,
): Promise<DossierActionResult<{ appointmentId: string }>> {
  const { clientId, ...appointment } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      {
        ...dossierAccess(actor, clientId),
        request: { record: "appointment", operation: "create" },
      },
      (scope) => createAppointment(scope, appointment),
    ),
    "appointment",
  );

  return result.ok ? { ok: true, appointmentId: result.data.id } : result;
}
