import { describe, expect, it } from "vitest";
import {
  appointmentSchema,
  cancelAppointmentSchema,
  newAppointmentSchema,
} from "@/lib/admin/dossier/forms/appointment-form";
import {
  carePlanSchema,
  CARE_PLAN_ID_FIELDS,
  shapeCarePlanForm,
} from "@/lib/admin/dossier/forms/care-plan-form";
import { newContactMomentSchema } from "@/lib/admin/dossier/forms/contact-moment-form";
import { parseDossierForm } from "@/lib/admin/dossier/forms/parse-dossier-form";
import {
  REPORT_ID_FIELDS,
  newReportSchema,
  reportSchema,
} from "@/lib/admin/dossier/forms/report-form";
import { CARE_PLAN_ROWS_MAX, REPORT_TEXT_MAX } from "@/lib/admin/dossier/dossier-limits";

const CLIENT_ID = "6f1f7a52-7f1e-4a57-9d55-0f0f5bd4b8a1";

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);

  return data;
}

function fieldErrors(
  schema: Parameters<typeof parseDossierForm>[0]["schema"],
  values: Record<string, string>,
  extra: Partial<Parameters<typeof parseDossierForm>[0]> = {},
) {
  const parsed = parseDossierForm({ schema, idFields: ["clientId"], ...extra }, form(values));

  return parsed.ok ? {} : parsed.fieldErrors;
}

const report = {
  clientId: CLIENT_ID,
  writtenAt: "2026-02-10T09:15",
  author: "Begeleider Sanne",
  category: "WELLBEING",
  text: "Goede dag.",
};

const appointment = {
  clientId: CLIENT_ID,
  startsAt: "2026-06-01T09:00",
  endsAt: "2026-06-01T10:00",
  location: "Thuis",
  careWorker: "Ilse",
  description: "Hulp bij douchen",
};

describe("the report form", () => {
  it("accepts a complete report and tidies the texts", () => {
    const parsed = parseDossierForm(
      { schema: newReportSchema, idFields: REPORT_ID_FIELDS },
      form({ ...report, author: "  Begeleider   Sanne ", text: "Regel 1\r\nRegel 2\r\n" }),
    );

    expect(parsed.ok && parsed.data).toEqual({
      clientId: CLIENT_ID,
      writtenAt: new Date("2026-02-10T08:15:00Z"),
      author: "Begeleider Sanne",
      category: "WELLBEING",
      text: "Regel 1\nRegel 2",
    });
  });

  it(`takes a text of ${REPORT_TEXT_MAX} characters and refuses one more`, () => {
    expect(fieldErrors(newReportSchema, { ...report, text: "a".repeat(REPORT_TEXT_MAX) })).toEqual(
      {},
    );
    expect(
      fieldErrors(newReportSchema, { ...report, text: "a".repeat(REPORT_TEXT_MAX + 1) }),
    ).toEqual({
      text: "TOO_LONG",
    });
  });

  it("names each missing or wrong field", () => {
    expect(
      fieldErrors(newReportSchema, {
        clientId: CLIENT_ID,
        writtenAt: "",
        author: " ",
        category: "GOSSIP",
        text: "",
      }),
    ).toEqual({
      writtenAt: "REQUIRED",
      author: "REQUIRED",
      category: "CHOICE_INVALID",
      text: "REQUIRED",
    });
    expect(fieldErrors(newReportSchema, { clientId: CLIENT_ID })).toEqual({
      writtenAt: "REQUIRED",
      author: "REQUIRED",
      category: "REQUIRED",
      text: "REQUIRED",
    });
  });

  it("refuses a report written in the future", () => {
    expect(fieldErrors(newReportSchema, { ...report, writtenAt: "2099-01-01T10:00" })).toEqual({
      writtenAt: "IN_FUTURE",
    });
  });

  it("treats a missing or malformed record id as not found, not as a typing mistake", () => {
    const parsed = parseDossierForm(
      { schema: reportSchema, idFields: REPORT_ID_FIELDS },
      form({ ...report, reportId: "" }),
    );

    expect(parsed).toMatchObject({ ok: false, error: "NOT_FOUND", fieldErrors: {} });
  });

  it("gives the texts back as typed, so a refused form keeps them", () => {
    const long = "b".repeat(REPORT_TEXT_MAX + 5);
    const parsed = parseDossierForm(
      { schema: newReportSchema, idFields: REPORT_ID_FIELDS },
      form({ ...report, text: long, $ACTION_ID_abc: "" }),
    );

    expect(parsed.values.text).toBe(long);
    expect(parsed.values).not.toHaveProperty("$ACTION_ID_abc");
  });
});

describe("the contact moment form", () => {
  it("knows the four channels only", () => {
    const moment = {
      clientId: CLIENT_ID,
      occurredAt: "2026-02-01T14:00",
      withWhom: "Dochter",
      summary: "Gebeld.",
    };

    expect(fieldErrors(newContactMomentSchema, { ...moment, channel: "VIDEO" })).toEqual({});
    expect(fieldErrors(newContactMomentSchema, { ...moment, channel: "FAX" })).toEqual({
      channel: "CHOICE_INVALID",
    });
  });
});

describe("the appointment form", () => {
  it("wants the end after the start", () => {
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, endsAt: "2026-06-01T08:59" }),
    ).toEqual({
      endsAt: "END_NOT_AFTER_START",
    });
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, endsAt: appointment.startsAt }),
    ).toEqual({
      endsAt: "END_NOT_AFTER_START",
    });
  });

  it("allows an appointment through the night, but not one of more than a day", () => {
    const night = { startsAt: "2026-06-01T22:00", endsAt: "2026-06-02T07:00" };
    expect(fieldErrors(newAppointmentSchema, { ...appointment, ...night })).toEqual({});
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, endsAt: "2026-06-02T09:01" }),
    ).toEqual({
      endsAt: "DURATION_TOO_LONG",
    });
  });

  it("counts the real length of an appointment across the change to summer time", () => {
    // 01:30 to 03:30 on 29 March 2026 is one hour.
    const parsed = newAppointmentSchema.parse({
      ...appointment,
      startsAt: "2026-03-29T01:30",
      endsAt: "2026-03-29T03:30",
    });

    expect(parsed.endsAt.getTime() - parsed.startsAt.getTime()).toBe(60 * 60 * 1000);
  });

  it("refuses absurd and impossible dates", () => {
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, startsAt: "1850-06-01T09:00" }),
    ).toEqual({
      startsAt: "DATE_OUT_OF_RANGE",
    });
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, endsAt: "2226-06-01T10:00" }),
    ).toEqual({
      endsAt: "DATE_OUT_OF_RANGE",
    });
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, startsAt: "2026-02-30T09:00" }),
    ).toEqual({
      startsAt: "DATE_TIME_INVALID",
    });
    expect(
      fieldErrors(newAppointmentSchema, { ...appointment, startsAt: "2026-03-29T02:15" }),
    ).toEqual({
      startsAt: "DATE_TIME_NONEXISTENT",
    });
  });

  it("needs the appointment's id to reschedule it, and a reason to cancel it", () => {
    expect(
      parseDossierForm(
        { schema: appointmentSchema, idFields: ["clientId", "appointmentId"] },
        form(appointment),
      ),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(
      fieldErrors(cancelAppointmentSchema, {
        clientId: CLIENT_ID,
        appointmentId: "0d9a4a52-5c1e-4a8e-9f43-2b7f3c6d1e80",
        basedOnUpdatedAt: "2026-05-01T08:30:00.123Z",
        cancelReason: "  ",
      }),
    ).toEqual({ cancelReason: "REQUIRED" });
  });
});

describe("the care plan form", () => {
  const plan = {
    clientId: CLIENT_ID,
    basedOnVersion: "2",
    validFrom: "2026-04-01",
    summary: "Samenvatting",
    createdBy: "Ilse",
  };
  const parse = (values: Record<string, string>) =>
    parseDossierForm(
      { schema: carePlanSchema, idFields: CARE_PLAN_ID_FIELDS, shape: shapeCarePlanForm },
      form(values),
    );

  it("reads goals and agreements in order and drops rows left empty", () => {
    const parsed = parse({
      ...plan,
      "goals.0.title": "Eerste",
      "goals.0.description": "Uitleg een",
      "goals.1.title": "",
      "goals.1.description": " ",
      "goals.2.title": "Derde",
      "goals.2.description": "Uitleg drie",
      "agreements.0.description": "Douchen",
      "agreements.0.frequency": "Dagelijks",
      "agreements.0.provider": "Thuiszorg",
    });

    expect(parsed.ok && parsed.data).toMatchObject({
      basedOnVersion: 2,
      validFrom: new Date("2026-04-01T00:00:00Z"),
      goals: [
        { title: "Eerste", description: "Uitleg een" },
        { title: "Derde", description: "Uitleg drie" },
      ],
      agreements: [{ description: "Douchen", frequency: "Dagelijks", provider: "Thuiszorg" }],
    });
  });

  it("points at the missing part of a row filled in part", () => {
    const parsed = parse({
      ...plan,
      "goals.0.title": "Alleen een titel",
      "goals.0.description": "",
    });

    expect(parsed).toMatchObject({ ok: false, fieldErrors: { "goals.0.description": "REQUIRED" } });
  });

  it(`refuses more than ${CARE_PLAN_ROWS_MAX} goals and a day that does not exist`, () => {
    const goals = Object.fromEntries(
      Array.from({ length: CARE_PLAN_ROWS_MAX + 1 }, (_, index) => [
        [`goals.${index}.title`, `Doel ${index}`],
        [`goals.${index}.description`, "Uitleg"],
      ]).flat(),
    );

    expect(parse({ ...plan, ...goals, validFrom: "2026-02-30" })).toMatchObject({
      ok: false,
      fieldErrors: { goals: "TOO_MANY_ROWS", validFrom: "DATE_INVALID" },
    });
  });
});
