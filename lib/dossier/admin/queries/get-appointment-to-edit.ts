import type { DossierScope } from "../../dossier-scope";
import { APPOINTMENT_FIELDS } from "../../queries/appointment-fields";

// One appointment of this dossier for "Afspraak wijzigen" and "Afspraak
// annuleren", with when it was last saved, read in the same query as its
// values: the form sends that moment back, and the change or cancellation
// is refused if the appointment was saved since.
export function getAppointmentToEdit(scope: DossierScope, id: string) {
  return scope.db.appointment.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: { ...APPOINTMENT_FIELDS, updatedAt: true },
  });
}
