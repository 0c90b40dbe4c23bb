import type { DossierScope } from "../dossier-scope";

// Every contact moment, newest first, for the timeline.
export function listContactMoments(scope: DossierScope) {
  return scope.db.contactMoment.findMany({
    where: { dossierId: scope.dossierId },
    orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
    select: { id: true, occurredAt: true, channel: true, withWhom: true, summary: true },
  });
}
