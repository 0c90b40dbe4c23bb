import type { DossierScope } from "../../dossier-scope";

// One appointment of this dossier for "Afspraak wijzigen" and "Afspraak
// annuleren", with when it was last saved, read in the same query as its
// values: the form sends that moment back, and the change or cancellation
// is refused if the appointment was saved since.
export function getAppointmentToEdit(scope: DossierScope, id: string) {
  return scope.db.appointment.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      careWorker: true,
      description: true,
      status: true,
      updatedAt: true,
    },
  });
}
