import { describe, expect, it } from "vitest";
import { saveCancelledAppointment } from "@/lib/admin/dossier/appointments/save-cancelled-appointment";
import { saveNewAppointment } from "@/lib/admin/dossier/appointments/save-new-appointment";
import { saveRescheduledAppointment } from "@/lib/admin/dossier/appointments/save-rescheduled-appointment";
import { newAppointmentSchema } from "@/lib/admin/dossier/forms/appointment-form";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import {
  addAppointment,
  createAdminActor,
  writeEventsAbout,
} from "./support/admin-dossier-fixtures";

describe("appointments kept by an admin", () => {
  const db = useTestDatabase();

  it("stores a new appointment entered on the Amsterdam clock as UTC, scheduled", async () => {
    const admin = await createAdminActor(db());
    const { client } = await createClientWithDossier(db());
    // The night summer time ends: 01:30 to 03:30 on the clock is three hours.
    const input = newAppointmentSchema.parse({
      clientId: client.id,
      startsAt: "2026-10-25T01:30",
      endsAt: "2026-10-25T03:30",
      location: "Thuis",
      careWorker: "Ilse",
      description: "Nachtzorg",
    });

    const result = await saveNewAppointment(admin, input);

    expect(result.ok).toBe(true);
    const stored = await db().appointment.findUniqueOrThrow({
      where: { id: result.ok ? result.appointmentId : "" },
    });
    expect(stored).toMatchObject({
      startsAt: new Date("2026-10-24T23:30:00Z"),
      endsAt: new Date("2026-10-25T02:30:00Z"),
      status: "SCHEDULED",
      cancelReason: null,
    });
  });

  it("reschedules, naming the changed fields in the audit event", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    const existing = await addAppointment(db(), dossierId);

    const result = await saveRescheduledAppointment(admin, {
      clientId: client.id,
      appointmentId: existing.id,
      basedOnUpdatedAt: existing.updatedAt,
      startsAt: new Date("2026-06-02T07:00:00Z"),
      endsAt: new Date("2026-06-02T08:00:00Z"),
      location: existing.location,
      careWorker: "Mehmet",
      description: existing.description,
    });

    expect(result).toEqual({ ok: true, changed: true });
    expect(await db().appointment.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      startsAt: new Date("2026-06-02T07:00:00Z"),
      careWorker: "Mehmet",
      status: "SCHEDULED",
    });
    const [event] = await writeEventsAbout(db(), client.id);
    expect(event?.detail).toMatchObject({
      record: "appointment",
      operation: "reschedule",
      fields: "startsAt,endsAt,careWorker",
    });
  });

  it("cancels with the reason, once; a cancelled appointment cannot be moved", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    const existing = await addAppointment(db(), dossierId);
    // All three from the page as loaded before the first cancel.
    const target = {
      clientId: client.id,
      appointmentId: existing.id,
      basedOnUpdatedAt: existing.updatedAt,
    };

    const cancelled = await saveCancelledAppointment(admin, {
      ...target,
      cancelReason: "Zorgverlener ziek",
    });
    const again = await saveCancelledAppointment(admin, { ...target, cancelReason: "Nog eens" });
    const moved = await saveRescheduledAppointment(admin, {
      ...target,
      startsAt: new Date("2026-06-03T07:00:00Z"),
      endsAt: new Date("2026-06-03T08:00:00Z"),
      location: "Thuis",
      careWorker: "Ilse",
      description: "Hulp bij douchen",
    });

    expect(cancelled).toEqual({ ok: true });
    expect(again).toEqual({ ok: false, error: "ALREADY_CANCELLED" });
    expect(moved).toEqual({ ok: false, error: "ALREADY_CANCELLED" });
    expect(await db().appointment.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Zorgverlener ziek",
      startsAt: existing.startsAt,
    });
    const events = await writeEventsAbout(db(), client.id);
    expect(
      events.map((event) => [event.outcome, (event.detail as { reason?: string }).reason ?? null]),
    ).toEqual([
      ["SUCCESS", null],
      ["FAILURE", "not_allowed"],
      ["FAILURE", "not_allowed"],
    ]);
  });
});
