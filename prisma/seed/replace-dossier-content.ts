import type { Db } from "@/lib/db/client";
import { seedId } from "./seed-id";
import { seedCalendarDate, seedInstant } from "./seed-time";
import type { SeedClient } from "./seed-types";

export type SeedClock = { today: Date; timeZone: string };

// Empties the dossier and writes the demo content again, dated from today,
// in one transaction: a second run gives the same records with the same
// ids, not more of them.
export async function replaceDossierContent(
  db: Db,
  dossierId: string,
  client: SeedClient,
  clock: SeedClock,
): Promise<void> {
  const at = (day: number, time: string) => seedInstant(clock.today, day, time, clock.timeZone);
  const id = (...parts: (string | number)[]) => seedId(client.clientNumber, ...parts);

  await db.$transaction(async (tx) => {
    await tx.carePlan.deleteMany({ where: { dossierId } });
    await tx.appointment.deleteMany({ where: { dossierId } });
    await tx.report.deleteMany({ where: { dossierId } });
    await tx.contactMoment.deleteMany({ where: { dossierId } });

    for (const plan of client.carePlans) {
      await tx.carePlan.create({
        data: {
          id: id("care-plan", plan.version),
          dossierId,
          version: plan.version,
          validFrom: seedCalendarDate(clock.today, plan.validFromDay, clock.timeZone),
          summary: plan.summary,
          createdBy: plan.createdBy,
          goals: {
            create: plan.goals.map((goal, index) => ({
              id: id("goal", plan.version, index),
              position: index + 1,
              ...goal,
            })),
          },
          agreements: {
            create: plan.agreements.map((agreement, index) => ({
              id: id("agreement", plan.version, index),
              position: index + 1,
              ...agreement,
            })),
          },
        },
      });
    }

    await tx.appointment.createMany({
      data: client.appointments.map((appointment, index) => {
        const startsAt = at(appointment.day, appointment.time);

        return {
          id: id("appointment", index),
          dossierId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + appointment.minutes * 60_000),
          location: appointment.location,
          careWorker: appointment.careWorker,
          description: appointment.description,
          status: appointment.cancelReason ? ("CANCELLED" as const) : ("SCHEDULED" as const),
          cancelReason: appointment.cancelReason ?? null,
        };
      }),
    });

    await tx.report.createMany({
      data: client.reports.map((report, index) => ({
        id: id("report", index),
        dossierId,
        writtenAt: at(report.day, report.time),
        author: report.author,
        category: report.category,
        text: report.text,
      })),
    });

    await tx.contactMoment.createMany({
      data: client.contactMoments.map((moment, index) => ({
        id: id("contact-moment", index),
        dossierId,
        occurredAt: at(moment.day, moment.time),
        channel: moment.channel,
        withWhom: moment.withWhom,
        summary: moment.summary,
      })),
    });
  });
}
