import { getConfig } from "@/lib/config/config";
import { portalToday, startedBy } from "../care-plan/care-plan-in-force";
import type { DossierScope } from "../dossier-scope";

const UPCOMING_COUNT = 3;
const LATEST_REPORT_COUNT = 3;

// The start page: what comes next, what was written lately, and the
// care plan in force in brief.
export async function getOverview(scope: DossierScope, now: Date = new Date()) {
  const { db, dossierId } = scope;

  const [appointments, reports, carePlan] = await Promise.all([
    db.appointment.findMany({
      where: { dossierId, endsAt: { gt: now }, status: "SCHEDULED" },
      orderBy: { startsAt: "asc" },
      take: UPCOMING_COUNT,
      select: { id: true, startsAt: true, endsAt: true, description: true, careWorker: true },
    }),
    db.report.findMany({
      where: { dossierId },
      orderBy: [{ writtenAt: "desc" }, { id: "asc" }],
      take: LATEST_REPORT_COUNT,
      select: { id: true, writtenAt: true, author: true, category: true, text: true },
    }),
    db.carePlan.findFirst({
      where: { dossierId, ...startedBy(portalToday(getConfig().timeZone, now)) },
      orderBy: { version: "desc" },
      select: {
        version: true,
        validFrom: true,
        summary: true,
        _count: { select: { goals: true, agreements: true } },
      },
    }),
  ]);

  return { appointments, reports, carePlan };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
