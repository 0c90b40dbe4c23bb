import { getConfig } from "@/lib/config/config";
import { hasStarted, portalToday, versionInForce } from "../care-plan/care-plan-in-force";
import type { DossierScope } from "../dossier-scope";

// One version of the care plan (the one in force unless a version is
// asked for; see care-plan-in-force.ts) and the list of all versions for
// the history, each marked when it is planned for a later day. Null when
// the asked version does not exist in this dossier.
export async function getCarePlan(scope: DossierScope, version?: number, now: Date = new Date()) {
  const { db, dossierId } = scope;
  const today = portalToday(getConfig().timeZone, now);

  const rows = await db.carePlan.findMany({
    where: { dossierId },
    orderBy: { version: "desc" },
    select: { version: true, validFrom: true },
  });
  const currentVersion = versionInForce(rows, today);
  const versions = rows.map((row) => ({ ...row, planned: !hasStarted(row, today) }));

  const wanted = version ?? currentVersion;
  if (wanted === null) return { plan: null, versions, currentVersion };

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

  return {
    plan,
    versions,
    currentVersion,
    isCurrent: plan.version === currentVersion,
    isPlanned: !hasStarted(plan, today),
  };
}

export type CarePlanView = NonNullable<Awaited<ReturnType<typeof getCarePlan>>>;
