import type { DossierScope } from "../../dossier-scope";

// One report of this dossier for "Rapportage bewerken", with when it was
// last saved, read in the same query as its values: the form sends that
// moment back, and the save is refused if the report was saved since.
export function getReportToEdit(scope: DossierScope, id: string) {
  return scope.db.report.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: {
      id: true,
      writtenAt: true,
      author: true,
      category: true,
      text: true,
      updatedAt: true,
    },
  });
}
