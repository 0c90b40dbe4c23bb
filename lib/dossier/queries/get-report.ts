import type { DossierScope } from "../dossier-scope";

// One report, only if it belongs to this dossier.
export function getReport(scope: DossierScope, id: string) {
  return scope.db.report.findFirst({
    where: { id, dossierId: scope.dossierId },
    select: { id: true, writtenAt: true, author: true, category: true, text: true },
  });
}
