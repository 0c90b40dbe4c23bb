import type { DossierScope } from "../../dossier-scope";

// One contact moment, only if it belongs to this dossier.
export function getContactMoment(scope: DossierScope, id: string) {
  return scope.db.contactMoment.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: { id: true, occurredAt: true, channel: true, withWhom: true, summary: true },
  });
}
