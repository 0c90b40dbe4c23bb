import type { DossierScope } from "../dossier-scope";

// One appointment, only if it belongs to this dossier.
export function getAppointment(scope: DossierScope, id: string) {
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
      cancelReason: true,
    },
  });
}
