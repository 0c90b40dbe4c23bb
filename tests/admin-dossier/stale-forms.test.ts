import { describe, expect, it } from "vitest";
import { saveCancelledAppointment } from "@/lib/admin/dossier/appointments/save-cancelled-appointment";
import { saveRescheduledAppointment } from "@/lib/admin/dossier/appointments/save-rescheduled-appointment";
import { saveContactMoment } from "@/lib/admin/dossier/contact-moments/save-contact-moment";
import { saveReport } from "@/lib/admin/dossier/reports/save-report";
import type { Db } from "@/lib/db/client";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import {
  addAppointment,
  addContactMoment,
  addReport,
  createAdminActor,
  writeEventsAbout,
} from "./support/admin-dossier-fixtures";

// The moment the records were last saved when both admins opened them:
// well in the past, so a save during the test can never share its
// millisecond.
const LOADED_AT = new Date("2026-01-05T09:00:00.000Z");

async function setUp(db: Db) {
  const [first, second] = [await createAdminActor(db), await createAdminActor(db)];
  const { client, dossierId } = await createClientWithDossier(db);
  const where = { dossierId };
  await Promise.all([addReport(db, dossierId), addContactMoment(db, dossierId)]);
  await addAppointment(db, dossierId);
  await db.report.updateMany({ where, data: { updatedAt: LOADED_AT } });
  await db.contactMoment.updateMany({ where, data: { updatedAt: LOADED_AT } });
  await db.appointment.updateMany({ where, data: { updatedAt: LOADED_AT } });

  return {
    first,
    second,
    clientId: client.id,
    report: await db.report.findFirstOrThrow({ where }),
    moment: await db.contactMoment.findFirstOrThrow({ where }),
    appointment: await db.appointment.findFirstOrThrow({ where }),
  };
}

type LoadedReport = Awaited<ReturnType<typeof setUp>>["report"];

// "Rapportage bewerken" as it was loaded: the report's values and when it
// was last saved.
function reportForm(clientId: string, report: LoadedReport) {
  const { id: reportId, updatedAt: basedOnUpdatedAt, writtenAt, author, category, text } = report;

  return { clientId, reportId, basedOnUpdatedAt, writtenAt, author, category, text };
}

describe("two admins saving the same dossier record from forms loaded at the same time", () => {
  const db = useTestDatabase();

  it("refuses the second report save as a conflict and keeps the first admin's change", async () => {
    const { first, second, clientId, report } = await setUp(db());
    expect(report.updatedAt).toEqual(LOADED_AT);
    const form = reportForm(clientId, report);

    const saved = await saveReport(first, { ...form, author: "Begeleider Sanne" });
    const stale = await saveReport(second, { ...form, text: "Tekst van de tweede." });

    expect(saved).toEqual({ ok: true, changed: true });
    expect(stale).toEqual({ ok: false, error: "REPORT_CONFLICT" });
    const now = await db().report.findUniqueOrThrow({ where: { id: report.id } });
    expect(now).toMatchObject({ author: "Begeleider Sanne", text: report.text });
    const events = await writeEventsAbout(db(), clientId);
    expect(events.map((event) => [event.outcome, event.actorAccountId, event.detail])).toEqual([
      ["SUCCESS", first.accountId, expect.objectContaining({ fields: "author" })],
      [
        "FAILURE",
        second.accountId,
        expect.objectContaining({ record: "report", recordId: report.id, reason: "conflict" }),
      ],
    ]);
  });

  it("saves a report from a form loaded after the last save, and lets an unchanged one pass", async () => {
    const { first, second, clientId, report } = await setUp(db());
    const form = reportForm(clientId, report);
    await saveReport(first, { ...form, basedOnUpdatedAt: LOADED_AT, author: "Sanne" });
    const reloaded = await db().report.findUniqueOrThrow({ where: { id: report.id } });

    const fresh = { ...form, author: "Sanne", basedOnUpdatedAt: reloaded.updatedAt };
    expect(await saveReport(second, fresh)).toEqual({ ok: true, changed: false });
    expect(await saveReport(second, { ...fresh, text: "Aangevuld." })).toEqual({
      ok: true,
      changed: true,
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      author: "Sanne",
      text: "Aangevuld.",
    });
  });

  it("refuses a stale contact moment form and saves a fresh one", async () => {
    const { first, second, clientId, moment } = await setUp(db());
    const form = {
      clientId,
      contactMomentId: moment.id,
      basedOnUpdatedAt: moment.updatedAt,
      occurredAt: moment.occurredAt,
      channel: moment.channel,
      withWhom: moment.withWhom,
      summary: moment.summary,
    };

    expect(await saveContactMoment(first, { ...form, withWhom: "Zoon" })).toEqual({
      ok: true,
      changed: true,
    });
    expect(await saveContactMoment(second, { ...form, summary: "Anders." })).toEqual({
      ok: false,
      error: "CONTACT_MOMENT_CONFLICT",
    });
    const afterFirst = await db().contactMoment.findUniqueOrThrow({ where: { id: moment.id } });
    expect(afterFirst).toMatchObject({ withWhom: "Zoon", summary: moment.summary });

    const fresh = { ...form, withWhom: "Zoon", basedOnUpdatedAt: afterFirst.updatedAt };
    expect(await saveContactMoment(second, { ...fresh, summary: "Anders." })).toEqual({
      ok: true,
      changed: true,
    });
    expect(
      await db().contactMoment.findUniqueOrThrow({ where: { id: moment.id } }),
    ).toMatchObject({ withWhom: "Zoon", summary: "Anders." });
  });

  it("refuses to move an appointment changed since the form was loaded", async () => {
    const { first, second, clientId, appointment } = await setUp(db());
    const form = {
      clientId,
      appointmentId: appointment.id,
      basedOnUpdatedAt: appointment.updatedAt,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      location: appointment.location,
      careWorker: appointment.careWorker,
      description: appointment.description,
    };
    const later = {
      startsAt: new Date("2026-06-01T09:00:00Z"),
      endsAt: new Date("2026-06-01T10:00:00Z"),
    };

    expect(await saveRescheduledAppointment(first, { ...form, careWorker: "Mehmet" })).toEqual({
      ok: true,
      changed: true,
    });
    expect(await saveRescheduledAppointment(second, { ...form, ...later })).toEqual({
      ok: false,
      error: "APPOINTMENT_CONFLICT",
    });
    const afterFirst = await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(afterFirst).toMatchObject({ careWorker: "Mehmet", startsAt: appointment.startsAt });

    const fresh = { ...form, careWorker: "Mehmet", basedOnUpdatedAt: afterFirst.updatedAt };
    expect(await saveRescheduledAppointment(second, { ...fresh, ...later })).toEqual({
      ok: true,
      changed: true,
    });
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } }),
    ).toMatchObject({ careWorker: "Mehmet", ...later });
  });

  it("refuses to cancel an appointment moved since the page was loaded", async () => {
    const { first, second, clientId, appointment } = await setUp(db());
    const moved = {
      clientId,
      appointmentId: appointment.id,
      basedOnUpdatedAt: appointment.updatedAt,
      startsAt: new Date("2026-06-02T07:00:00Z"),
      endsAt: new Date("2026-06-02T08:00:00Z"),
      location: appointment.location,
      careWorker: appointment.careWorker,
      description: appointment.description,
    };
    const cancel = {
      clientId,
      appointmentId: appointment.id,
      basedOnUpdatedAt: appointment.updatedAt,
      cancelReason: "Zorgverlener ziek",
    };

    expect(await saveRescheduledAppointment(first, moved)).toEqual({ ok: true, changed: true });
    expect(await saveCancelledAppointment(second, cancel)).toEqual({
      ok: false,
      error: "APPOINTMENT_CONFLICT",
    });
    const afterMove = await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(afterMove).toMatchObject({ status: "SCHEDULED", cancelReason: null });

    const fresh = { ...cancel, basedOnUpdatedAt: afterMove.updatedAt };
    expect(await saveCancelledAppointment(second, fresh)).toEqual({ ok: true });
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } }),
    ).toMatchObject({ status: "CANCELLED", cancelReason: "Zorgverlener ziek" });
    const events = await writeEventsAbout(db(), clientId);
    expect(events.map((event) => [event.outcome, (event.detail as { reason?: string }).reason]))
      .toEqual([
        ["SUCCESS", undefined],
        ["FAILURE", "conflict"],
        ["SUCCESS", undefined],
      ]);
  });

  it("saves one of two saves racing from the same form, and refuses the other", async () => {
    const { first, second, clientId, report } = await setUp(db());
    const form = reportForm(clientId, report);

    const results = await Promise.all([
      saveReport(first, { ...form, text: "Van de eerste." }),
      saveReport(second, { ...form, text: "Van de tweede." }),
    ]);

    expect(results).toEqual(
      expect.arrayContaining([
        { ok: true, changed: true },
        { ok: false, error: "REPORT_CONFLICT" },
      ]),
    );
    const winner = results[0]?.ok ? "Van de eerste." : "Van de tweede.";
    expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).text).toBe(winner);
  });
});
