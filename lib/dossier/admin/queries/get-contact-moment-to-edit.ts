import type { DossierScope } from "../../dossier-scope";

// One contact moment of this dossier for "Contactmoment bewerken", with
// when it was last saved, read in the same query as its values: the form
// sends that moment back, and the save is refused if it was saved since.
export function getContactMomentToEdit(scope: DossierScope, id: string) {
  return scope.db.contactMoment.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: {
      id: true,
      occurredAt: true,
      channel: true,
      withWhom: true,
      summary: true,
      updatedAt: true,
    },
  });
}
