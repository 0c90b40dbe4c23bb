import type { DossierScope } from "../dossier-scope";
import { APPOINTMENT_FIELDS } from "./appointment-fields";

// One appointment, only if it belongs to this dossier.
export function getAppointment(scope: DossierScope, id: string) {
  return scope.db.appointment.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: APPOINTMENT_FIELDS,
  });
}
