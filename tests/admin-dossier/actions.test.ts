import { notFound } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session/current-session";
import { createContactMomentAction } from "@/lib/admin/dossier/actions/contact-moment-actions";
import { createReportAction, updateReportAction } from "@/lib/admin/dossier/actions/report-actions";
import { CONTACT_CHANNELS, REPORT_CATEGORIES } from "@/lib/admin/dossier/dossier-choices";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import { addReport, createAdminActor } from "./support/admin-dossier-fixtures";

const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));

vi.mock("@/lib/auth/session/require-session", () => ({
  requireAdminSession: async () => {
    if (session.current?.role !== "ADMIN") notFound();
    return session.current;
  },
}));
vi.mock("@/lib/http/client-ip", () => ({
  getRequestOrigin: async () => ({ ip: "198.51.100.9", userAgent: "Testbrowser" }),
}));

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);

  return data;
}

function signIn(accountId: string, role: CurrentSession["role"]) {
  session.current = { sessionId: "s", accountId, role, name: "Test", email: "t@example.test" };
}

describe("the report server actions", () => {
  const db = useTestDatabase();

  beforeEach(() => {
    session.current = null;
  });

  async function setUp() {
    const admin = await createAdminActor(db());
    const { account, client, dossierId } = await createClientWithDossier(db());
    const report = await addReport(db(), dossierId, "Oorspronkelijke tekst.");
    const values = {
      clientId: client.id,
      reportId: report.id,
      basedOnUpdatedAt: report.updatedAt.toISOString(),
      writtenAt: "2026-02-10T10:15",
      author: report.author,
      category: report.category,
      text: "Nieuwe tekst.",
    };

    return { admin, account, client, report, values };
  }

  it("saves, then sends the admin back to the section with a confirmation", async () => {
    const { admin, client, report, values } = await setUp();
    signIn(admin.accountId, "ADMIN");

    const redirect = await updateReportAction(null, form(values)).catch((error: unknown) => error);

    expect(redirect).toMatchObject({
      digest: expect.stringContaining(
        `/admin/clienten/${client.id}/dossier/rapportages?melding=REPORT_UPDATED`,
      ),
    });
    expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).text).toBe(
      "Nieuwe tekst.",
    );
  });

  it("gives bad input back with Dutch-mappable codes and the texts as typed, changing nothing", async () => {
    const { admin, report, values } = await setUp();
    signIn(admin.accountId, "ADMIN");

    const state = await updateReportAction(
      null,
      form({ ...values, writtenAt: "31-02-2026 10:00", text: "x".repeat(10_001) }),
    );

    expect(state).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { writtenAt: "DATE_TIME_INVALID", text: "TOO_LONG" },
      values: { writtenAt: "31-02-2026 10:00" },
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toEqual(report);
  });

  it("answers a client's session with not found and changes nothing", async () => {
    const { account, report, values } = await setUp();
    signIn(account.id, "CLIENT");

    await expect(updateReportAction(null, form(values))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toEqual(report);
  });

  it("refuses a form loaded before someone else saved, keeping the texts as typed", async () => {
    const { admin, report, values } = await setUp();
    signIn(admin.accountId, "ADMIN");
    await db().report.update({ where: { id: report.id }, data: { author: "Ander" } });

    const state = await updateReportAction(null, form(values));

    expect(state).toEqual({
      ok: false,
      error: "REPORT_CONFLICT",
      values: expect.objectContaining({ text: "Nieuwe tekst.", author: report.author }),
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      author: "Ander",
      text: "Oorspronkelijke tekst.",
    });
  });

  it("treats a missing or malformed form version as an outdated form, changing nothing", async () => {
    const { admin, report, values } = await setUp();
    signIn(admin.accountId, "ADMIN");

    for (const basedOnUpdatedAt of ["", "gisteren", "2026-13-45T99:00:00.000Z", "x".repeat(500)]) {
      const state = await updateReportAction(null, form({ ...values, basedOnUpdatedAt }));

      expect(state).toMatchObject({ ok: false, error: "FORM_OUTDATED", fieldErrors: {} });
    }
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toEqual(report);
  });

  it("refuses a report of another client as not found", async () => {
    const { admin, values } = await setUp();
    const other = await createClientWithDossier(db());
    const foreign = await addReport(db(), other.dossierId, "Van een ander.");
    signIn(admin.accountId, "ADMIN");

    const state = await updateReportAction(null, form({ ...values, reportId: foreign.id }));

    expect(state).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await db().report.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
  });
});

// The form shows the returned values again, the choices of its selects
// too: a second save of a corrected form must not fail on a choice that
// went missing.
describe("the new-record server actions after a refused save", () => {
  const db = useTestDatabase();

  beforeEach(() => {
    session.current = null;
  });

  async function signedInWithClient() {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    signIn(admin.accountId, "ADMIN");

    return { client, dossierId };
  }

  it("gives a new report's chosen category back, so the corrected form saves", async () => {
    const { client, dossierId } = await signedInWithClient();
    const category = REPORT_CATEGORIES.at(-1)!;
    const sent = {
      clientId: client.id,
      writtenAt: "2099-01-01T10:00",
      author: "Zuster Ĳsbrand",
      category,
      text: "Rustige middag.",
    };

    const state = await createReportAction(null, form(sent));

    expect(state).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { writtenAt: "IN_FUTURE" },
      values: { category, author: sent.author, text: sent.text },
    });
    expect(state?.fieldErrors).not.toHaveProperty("category");
    expect(await db().report.count({ where: { dossierId } })).toBe(0);

    const again = { ...state?.values, writtenAt: "2026-02-10T10:15" };
    await createReportAction(null, form(again)).catch((error: unknown) => error);
    expect(await db().report.findFirstOrThrow({ where: { dossierId } })).toMatchObject({
      category,
    });
  });

  it("gives a new contact moment's chosen channel back, so the corrected form saves", async () => {
    const { client, dossierId } = await signedInWithClient();
    const channel = CONTACT_CHANNELS.at(-1)!;
    const sent = {
      clientId: client.id,
      occurredAt: "2099-01-01T10:00",
      channel,
      withWhom: "Dochter, mevrouw van 't Hof",
      summary: "Afspraak voor volgende week besproken.",
    };

    const state = await createContactMomentAction(null, form(sent));

    expect(state).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { occurredAt: "IN_FUTURE" },
      values: { channel, withWhom: sent.withWhom, summary: sent.summary },
    });
    expect(state?.fieldErrors).not.toHaveProperty("channel");
    expect(await db().contactMoment.count({ where: { dossierId } })).toBe(0);

    const again = { ...state?.values, occurredAt: "2026-02-10T10:15" };
    await createContactMomentAction(null, form(again)).catch((error: unknown) => error);
    expect(await db().contactMoment.findFirstOrThrow({ where: { dossierId } })).toMatchObject({
      channel,
    });
  });
});
