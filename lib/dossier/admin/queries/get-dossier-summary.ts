import { getConfig } from "@/lib/config/config";
import { hasStarted, portalToday, versionInForce } from "../../care-plan/care-plan-in-force";
import type { DossierScope } from "../../dossier-scope";
import { APPOINTMENT_FIELDS } from "../../queries/appointment-fields";

// How many records of each kind the admin's overview shows; each section's
// own page lists them all.
export const SUMMARY_ITEMS = 5;

// The admin's overview of a dossier: the care plan's versions, the next
// appointments, and the newest reports and contact moments, with counts.
export async function getDossierSummary(scope: DossierScope, now: Date = new Date()) {
  const { db, dossierId } = scope;
  const today = portalToday(getConfig().timeZone, now);

  const [versions, appointments, appointmentCount, reports, reportCount, moments, momentCount] =
    await Promise.all([
      db.carePlan.findMany({
        where: { dossierId },
        orderBy: { version: "desc" },
        select: { version: true, validFrom: true, summary: true, createdBy: true },
      }),
      db.appointment.findMany({
        where: { dossierId, endsAt: { gt: now } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: SUMMARY_ITEMS,
        select: APPOINTMENT_FIELDS,
      }),
      db.appointment.count({ where: { dossierId } }),
      db.report.findMany({
        where: { dossierId },
        orderBy: [{ writtenAt: "desc" }, { id: "asc" }],
        take: SUMMARY_ITEMS,
        select: { id: true, writtenAt: true, author: true, category: true, text: true },
      }),
      db.report.count({ where: { dossierId } }),
      db.contactMoment.findMany({
        where: { dossierId },
        orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
        take: SUMMARY_ITEMS,
        select: { id: true, occurredAt: true, channel: true, withWhom: true, summary: true },
      }),
      db.contactMoment.count({ where: { dossierId } }),
    ]);

  return {
    carePlan: {
      versions: versions.map((item) => ({ ...item, planned: !hasStarted(item, today) })),
      currentVersion: versionInForce(versions, today),
    },
    appointments: { upcoming: appointments, total: appointmentCount },
    reports: { newest: reports, total: reportCount },
    contactMoments: { newest: moments, total: momentCount },
  };
}

export type DossierSummary = Awaited<ReturnType<typeof getDossierSummary>>;
