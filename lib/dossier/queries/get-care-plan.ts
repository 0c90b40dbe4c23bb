import type { DossierScope } from "../dossier-scope";

// One version of the care plan (the newest unless a version is asked for)
// and the list of all versions for the history. Null when the asked
// version does not exist in this dossier.
export async function getCarePlan(scope: DossierScope, version?: number) {
  const { db, dossierId } = scope;

  const versions = await db.carePlan.findMany({
    where: { dossierId },
    orderBy: { version: "desc" },
    select: { version: true, validFrom: true },
  });

  const wanted = version ?? versions[0]?.version;
  if (wanted === undefined) return { plan: null, versions };

  const plan = await db.carePlan.findFirst({
    where: { dossierId, version: wanted },
    select: {
      id: true,
      version: true,
      validFrom: true,
      summary: true,
      createdBy: true,
      goals: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, description: true },
      },
      agreements: {
        orderBy: { position: "asc" },
        select: { id: true, description: true, frequency: true, provider: true },
      },
    },
  });
  if (!plan) return null;

  return { plan, versions, isCurrent: plan.version === versions[0]?.version };
}

export type CarePlanView = NonNullable<Awaited<ReturnType<typeof getCarePlan>>>;
