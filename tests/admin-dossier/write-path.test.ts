import { afterEach, describe, expect, it, vi } from "vitest";
import { saveCancelledAppointment } from "@/lib/admin/dossier/appointments/save-cancelled-appointment";
import { saveNewAppointment } from "@/lib/admin/dossier/appointments/save-new-appointment";
import { saveRescheduledAppointment } from "@/lib/admin/dossier/appointments/save-rescheduled-appointment";
import { saveCarePlanVersion } from "@/lib/admin/dossier/care-plans/save-care-plan-version";
import { saveContactMoment } from "@/lib/admin/dossier/contact-moments/save-contact-moment";
import { saveNewContactMoment } from "@/lib/admin/dossier/contact-moments/save-new-contact-moment";
import { dossierAccess } from "@/lib/admin/dossier/dossier-actor";
import { saveNewReport } from "@/lib/admin/dossier/reports/save-new-report";
import { saveReport } from "@/lib/admin/dossier/reports/save-report";
import * as audit from "@/lib/audit/record-audit-event";
import { createReport } from "@/lib/dossier/write/reports/create-report";
import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import {
  ADMIN_ORIGIN,
  addAppointment,
  addContactMoment,
  addReport,
  clientActor,
  createAdminActor,
  writeEventsAbout,
} from "./support/admin-dossier-fixtures";

const report = {
  writtenAt: new Date("2026-03-02T10:00:00Z"),
  author: "Begeleider Sanne",
  category: "MEDICATION" as const,
  text: "Medicatie op tijd ingenomen.",
};
const appointment = {
  startsAt: new Date("2026-07-01T07:00:00Z"),
  endsAt: new Date("2026-07-01T08:00:00Z"),
  location: "Thuis",
  careWorker: "Ilse",
  description: "Wondzorg",
};
const moment = {
  occurredAt: new Date("2026-03-01T09:00:00Z"),
  channel: "VIDEO" as const,
  withWhom: "Zoon",
  summary: "Besproken hoe het gaat.",
};

describe("writing a dossier as an admin", () => {
  const db = useTestDatabase();

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("records exactly one dossier.write event per write, naming fields but no content", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());

    const created = await saveNewReport(admin, { clientId: client.id, ...report });
    expect(created.ok).toBe(true);
    const [event, ...others] = await writeEventsAbout(db(), client.id);

    expect(others).toEqual([]);
    expect(event).toMatchObject({
      outcome: "SUCCESS",
      actorAccountId: admin.accountId,
      subjectClientId: client.id,
      ip: ADMIN_ORIGIN.ip,
      detail: {
        via: "admin",
        record: "report",
        operation: "create",
        recordId: created.ok ? created.reportId : null,
        fields: "writtenAt,author,category,text",
      },
    });
    expect(JSON.stringify(event)).not.toContain("Medicatie op tijd");
    expect(await db().report.count({ where: { dossierId } })).toBe(1);
  });

  it("names only the fields that changed when a report is edited", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    const existing = await addReport(db(), dossierId);

    const result = await saveReport(admin, {
      clientId: client.id,
      reportId: existing.id,
      basedOnUpdatedAt: existing.updatedAt,
      writtenAt: existing.writtenAt,
      author: existing.author,
      category: existing.category,
      text: "Bijgewerkte tekst.",
    });

    expect(result).toEqual({ ok: true, changed: true });
    expect((await db().report.findUniqueOrThrow({ where: { id: existing.id } })).text).toBe(
      "Bijgewerkte tekst.",
    );
    const events = await writeEventsAbout(db(), client.id);
    expect(events.map((event) => event.detail)).toEqual([
      expect.objectContaining({ operation: "update", recordId: existing.id, fields: "text" }),
    ]);
  });

  it("writes and audits nothing when a save changes nothing", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    const existing = await addReport(db(), dossierId);
    const { id: reportId, dossierId: _dossier, createdAt: _c, updatedAt, ...same } = existing;

    const result = await saveReport(admin, {
      clientId: client.id,
      reportId,
      basedOnUpdatedAt: updatedAt,
      ...same,
    });

    expect(result).toEqual({ ok: true, changed: false });
    expect(await writeEventsAbout(db(), client.id)).toEqual([]);
    expect((await db().report.findUniqueOrThrow({ where: { id: reportId } })).updatedAt).toEqual(
      updatedAt,
    );
  });

  it("keeps neither the change nor its event when the write fails after writing", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());

    await expect(
      writeDossierAsAdmin(
        { ...dossierAccess(admin, client.id), request: { record: "report", operation: "create" } },
        async (scope) => {
          await createReport(scope, report);
          throw new Error("disk full");
        },
      ),
    ).rejects.toThrow("disk full");

    expect(await db().report.count({ where: { dossierId } })).toBe(0);
    const events = await writeEventsAbout(db(), client.id);
    expect(events.map((event) => event.outcome)).toEqual(["FAILURE"]);
    expect(events[0]?.detail).toMatchObject({ reason: "write_failed" });
  });

  it("keeps no change when its audit event cannot be written", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    const record = audit.recordAuditEvent;
    vi.spyOn(audit, "recordAuditEvent").mockImplementation(async (event, tx) => {
      if (event.action === "dossier.write" && event.outcome === "SUCCESS") {
        throw new Error("audit table unavailable");
      }
      return record(event, tx);
    });

    await expect(saveNewReport(admin, { clientId: client.id, ...report })).rejects.toThrow(
      "audit table unavailable",
    );

    expect(await db().report.count({ where: { dossierId } })).toBe(0);
    const events = await writeEventsAbout(db(), client.id);
    expect(events.map((event) => event.outcome)).toEqual(["FAILURE"]);
  });

  it("refuses another client's record, changes nothing, and audits it as DENIED", async () => {
    const admin = await createAdminActor(db());
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    const bertsReport = await addReport(db(), bert.dossierId, "Van Bert.");
    const bertsAppointment = await addAppointment(db(), bert.dossierId);
    const bertsMoment = await addContactMoment(db(), bert.dossierId);

    const results = [
      await saveReport(admin, {
        clientId: anna.client.id,
        reportId: bertsReport.id,
        basedOnUpdatedAt: bertsReport.updatedAt,
        ...report,
      }),
      await saveRescheduledAppointment(admin, {
        clientId: anna.client.id,
        appointmentId: bertsAppointment.id,
        basedOnUpdatedAt: bertsAppointment.updatedAt,
        ...appointment,
      }),
      await saveCancelledAppointment(admin, {
        clientId: anna.client.id,
        appointmentId: bertsAppointment.id,
        basedOnUpdatedAt: bertsAppointment.updatedAt,
        cancelReason: "Ziek",
      }),
      await saveContactMoment(admin, {
        clientId: anna.client.id,
        contactMomentId: bertsMoment.id,
        basedOnUpdatedAt: bertsMoment.updatedAt,
        ...moment,
      }),
    ];

    expect(results).toEqual(Array(4).fill({ ok: false, error: "NOT_FOUND" }));
    expect(await db().report.findUniqueOrThrow({ where: { id: bertsReport.id } })).toEqual(
      bertsReport,
    );
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: bertsAppointment.id } }),
    ).toEqual(bertsAppointment);
    expect(await db().contactMoment.findUniqueOrThrow({ where: { id: bertsMoment.id } })).toEqual(
      bertsMoment,
    );
    const events = await writeEventsAbout(db(), anna.client.id);
    expect(events.map((event) => [event.outcome, event.detail])).toEqual(
      ["report", "appointment", "appointment", "contact-moment"].map((record) => [
        "DENIED",
        expect.objectContaining({ via: "admin", record, reason: "not_found" }),
      ]),
    );
    expect(await writeEventsAbout(db(), bert.client.id)).toEqual([]);
  });

  it("refuses an unknown record id or client", async () => {
    const admin = await createAdminActor(db());
    const anna = await createClientWithDossier(db());

    expect(
      await saveReport(admin, {
        clientId: anna.client.id,
        reportId: "00000000-0000-4000-8000-000000000000",
        basedOnUpdatedAt: new Date(),
        ...report,
      }),
    ).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(
      await saveNewReport(admin, { clientId: "00000000-0000-4000-8000-000000000001", ...report }),
    ).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await db().report.count({ where: { dossierId: anna.dossierId } })).toBe(0);
  });

  it("refuses every operation to a client's session, audited as DENIED", async () => {
    const { account, client, dossierId } = await createClientWithDossier(db());
    const existing = await addReport(db(), dossierId);
    const planned = await addAppointment(db(), dossierId);
    const talked = await addContactMoment(db(), dossierId);
    const actor = clientActor(account.id);
    const clientId = client.id;

    const results = [
      await saveNewReport(actor, { clientId, ...report }),
      await saveReport(actor, {
        clientId,
        reportId: existing.id,
        basedOnUpdatedAt: existing.updatedAt,
        ...report,
      }),
      await saveNewAppointment(actor, { clientId, ...appointment }),
      await saveRescheduledAppointment(actor, {
        clientId,
        appointmentId: planned.id,
        basedOnUpdatedAt: planned.updatedAt,
        ...appointment,
      }),
      await saveCancelledAppointment(actor, {
        clientId,
        appointmentId: planned.id,
        basedOnUpdatedAt: planned.updatedAt,
        cancelReason: "x",
      }),
      await saveNewContactMoment(actor, { clientId, ...moment }),
      await saveContactMoment(actor, {
        clientId,
        contactMomentId: talked.id,
        basedOnUpdatedAt: talked.updatedAt,
        ...moment,
      }),
      await saveCarePlanVersion(actor, {
        clientId,
        basedOnVersion: 0,
        validFrom: new Date("2026-01-01"),
        summary: "Plan",
        createdBy: "Ilse",
        goals: [],
        agreements: [],
      }),
    ];

    expect(results).toEqual(Array(8).fill({ ok: false, error: "FORBIDDEN" }));
    expect(await db().report.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(existing);
    expect(await db().report.count({ where: { dossierId } })).toBe(1);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: planned.id } })).toEqual(
      planned,
    );
    expect(await db().carePlan.count({ where: { dossierId } })).toBe(0);
    const events = await writeEventsAbout(db(), clientId);
    expect(events).toHaveLength(8);
    expect(events.every((event) => event.outcome === "DENIED")).toBe(true);
    expect(events[0]?.detail).toMatchObject({ reason: "not_admin" });
  });

  it("checks the role in the database, not only the session's word for it", async () => {
    const { account, client, dossierId } = await createClientWithDossier(db());
    const deactivated = await createAdminActor(db(), { status: "DEACTIVATED" });

    const posing = { accountId: account.id, role: "ADMIN" as const, origin: ADMIN_ORIGIN };
    expect(await saveNewReport(posing, { clientId: client.id, ...report })).toEqual({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await saveNewReport(deactivated, { clientId: client.id, ...report })).toEqual({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await db().report.count({ where: { dossierId } })).toBe(0);
  });
});
