import type { DossierScope } from "../dossier-scope";
import { APPOINTMENT_FIELDS } from "./appointment-fields";

// Appointments that have not ended yet (soonest first) and those that have
// (most recent first), cancelled ones included so the client sees them.
export async function listAppointments(scope: DossierScope, now: Date = new Date()) {
  const { db, dossierId } = scope;

  const [upcoming, past] = await Promise.all([
    db.appointment.findMany({
      where: { dossierId, endsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: APPOINTMENT_FIELDS,
    }),
    db.appointment.findMany({
      where: { dossierId, endsAt: { lte: now } },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      select: APPOINTMENT_FIELDS,
    }),
  ]);

  return { upcoming, past };
}

export type AppointmentItem = Awaited<ReturnType<typeof listAppointments>>["upcoming"][number];
