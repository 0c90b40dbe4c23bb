import { describe, expect, it } from "vitest";
import { openDossier } from "@/lib/dossier/open-dossier";
import { getAppointment } from "@/lib/dossier/queries/get-appointment";
import { getReport } from "@/lib/dossier/queries/get-report";
import { listReports } from "@/lib/dossier/queries/list-reports";
import { useTestDatabase } from "../support/test-database";
import { auditEventsOf, createClientWithDossier, TEST_ORIGIN } from "./support/dossier-fixtures";

const HOUR = 60 * 60 * 1000;

describe("the dossier access path", () => {
  const db = useTestDatabase();

  async function addReport(dossierId: string, text: string) {
    return db().report.create({
      data: { dossierId, writtenAt: new Date(), author: "Wijkverpleging", category: "OTHER", text },
    });
  }

  it("shows a client their own dossier and audits the read as a success", async () => {
    const anna = await createClientWithDossier(db());
    const report = await addReport(anna.dossierId, "Eigen rapportage");

    const outcome = await openDossier(
      { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "reports" } },
      (scope) => listReports(scope, { page: 1 }),
    );

    expect(outcome.ok && outcome.data.reports.map((item) => item.id)).toEqual([report.id]);
    const [event, ...others] = await auditEventsOf(db(), anna.account.id);
    expect(others).toHaveLength(0);
    expect(event).toMatchObject({
      action: "dossier.view",
      outcome: "SUCCESS",
      actorAccountId: anna.account.id,
      subjectClientId: anna.client.id,
      ip: TEST_ORIGIN.ip,
      userAgent: TEST_ORIGIN.userAgent,
      detail: { page: "reports", recordId: null },
    });
  });

  it("never lists another client's reports", async () => {
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    await addReport(bert.dossierId, "Rapportage van Bert");

    const outcome = await openDossier(
      { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "reports" } },
      (scope) => listReports(scope, { page: 1 }),
    );

    expect(outcome).toMatchObject({ ok: true, data: { total: 0, reports: [] } });
  });

  it("does not find another client's report by id, and audits that as denied", async () => {
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    const foreign = await addReport(bert.dossierId, "Rapportage van Bert");

    const outcome = await openDossier(
      {
        accountId: anna.account.id,
        origin: TEST_ORIGIN,
        request: { page: "report", recordId: foreign.id },
      },
      (scope) => getReport(scope, foreign.id),
    );

    expect(outcome).toEqual({ ok: false, reason: "not_found" });
    const events = await auditEventsOf(db(), anna.account.id);
    expect(events).toHaveLength(1);
    // Filed under Bert, whose record it is, so his audit trail shows it;
    // Anna is the actor and her own grant stays in the detail.
    expect(events[0]).toMatchObject({
      outcome: "DENIED",
      actorAccountId: anna.account.id,
      subjectClientId: bert.client.id,
      detail: {
        page: "report",
        recordId: foreign.id,
        reason: "not_found",
        grantClientId: anna.client.id,
        grantKind: "SELF",
      },
    });
    expect(JSON.stringify(events[0]!.detail)).not.toContain("Rapportage van Bert");
  });

  it("files a look for a record that exists nowhere under the reader's own client", async () => {
    const anna = await createClientWithDossier(db());
    const missing = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    const outcome = await openDossier(
      { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "report", recordId: missing } },
      (scope) => getReport(scope, missing),
    );

    expect(outcome).toEqual({ ok: false, reason: "not_found" });
    const events = await auditEventsOf(db(), anna.account.id);
    expect(events).toMatchObject([{ outcome: "DENIED", subjectClientId: anna.client.id }]);
    expect(events[0]!.detail).not.toHaveProperty("grantClientId");
  });

  it("does not find another client's appointment by id", async () => {
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    const foreign = await db().appointment.create({
      data: {
        dossierId: bert.dossierId,
        startsAt: new Date(Date.now() + HOUR),
        endsAt: new Date(Date.now() + 2 * HOUR),
        location: "Thuis",
        careWorker: "Wijkverpleging",
        description: "Bezoek",
      },
    });

    const outcome = await openDossier(
      {
        accountId: anna.account.id,
        origin: TEST_ORIGIN,
        request: { page: "appointment", recordId: foreign.id },
      },
      (scope) => getAppointment(scope, foreign.id),
    );

    expect(outcome).toEqual({ ok: false, reason: "not_found" });
    const ownAppointment = await openDossier(
      {
        accountId: bert.account.id,
        origin: TEST_ORIGIN,
        request: { page: "appointment", recordId: foreign.id },
      },
      (scope) => getAppointment(scope, foreign.id),
    );
    expect(ownAppointment.ok && ownAppointment.data.id).toBe(foreign.id);
  });

  it.each([
    ["no grant at all", false as const],
    ["a revoked grant", { revokedAt: new Date(Date.now() - HOUR) }],
    ["an expired grant", { validUntil: new Date(Date.now() - HOUR) }],
    ["a grant that has not started", { validFrom: new Date(Date.now() + HOUR) }],
  ])("denies an account with %s, without running the query", async (_label, grant) => {
    const anna = await createClientWithDossier(db(), { grant });
    let queried = false;

    const outcome = await openDossier(
      { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "overview" } },
      async () => {
        queried = true;
        return {};
      },
    );

    expect(outcome).toEqual({ ok: false, reason: "no_grant" });
    expect(queried).toBe(false);
    const events = await auditEventsOf(db(), anna.account.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "dossier.view",
      outcome: "DENIED",
      subjectClientId: null,
      detail: { page: "overview", reason: "no_grant" },
    });
  });

  it("reads through a grant that is still running", async () => {
    const anna = await createClientWithDossier(db(), {
      grant: { validFrom: new Date(Date.now() - HOUR), validUntil: new Date(Date.now() + HOUR) },
    });

    const outcome = await openDossier(
      { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "overview" } },
      async (scope) => scope.dossierId,
    );

    expect(outcome).toEqual({ ok: true, data: anna.dossierId });
  });

  it("prefers the account's own dossier over one it represents", async () => {
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    await db().dossierGrant.create({
      data: { accountId: anna.account.id, clientId: bert.client.id, kind: "REPRESENTATIVE" },
    });

    const outcome = await openDossier(
      { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "overview" } },
      async (scope) => scope.clientId,
    );

    expect(outcome).toEqual({ ok: true, data: anna.client.id });
  });

  it("uses a single representative grant, and asks for a choice among several", async () => {
    const rep = await createClientWithDossier(db(), { grant: false });
    const first = await createClientWithDossier(db());
    const second = await createClientWithDossier(db());
    const grantFor = (clientId: string) =>
      db().dossierGrant.create({
        data: { accountId: rep.account.id, clientId, kind: "REPRESENTATIVE" },
      });
    const open = (grantId?: string) =>
      openDossier(
        { accountId: rep.account.id, origin: TEST_ORIGIN, request: { page: "overview" }, grantId },
        async (scope) => scope.clientId,
      );

    await grantFor(first.client.id);
    expect(await open()).toEqual({ ok: true, data: first.client.id });

    const secondGrant = await grantFor(second.client.id);
    expect(await open()).toEqual({ ok: false, reason: "grant_choice_required" });
    expect(await open(secondGrant.id)).toEqual({ ok: true, data: second.client.id });
  });

  it("refuses a chosen grant that belongs to another account", async () => {
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    const bertsGrant = await db().dossierGrant.findFirstOrThrow({
      where: { accountId: bert.account.id },
    });

    const outcome = await openDossier(
      {
        accountId: anna.account.id,
        origin: TEST_ORIGIN,
        request: { page: "overview" },
        grantId: bertsGrant.id,
      },
      async (scope) => scope.clientId,
    );

    expect(outcome).toEqual({ ok: false, reason: "no_grant" });
  });

  it("audits a failing query as a failure and passes the error on", async () => {
    const anna = await createClientWithDossier(db());

    await expect(
      openDossier(
        { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "reports" } },
        async () => {
          throw new Error("database unavailable");
        },
      ),
    ).rejects.toThrow("database unavailable");

    const events = await auditEventsOf(db(), anna.account.id);
    expect(events.map((event) => event.outcome)).toEqual(["FAILURE"]);
  });

  it("writes one audit event per read", async () => {
    const anna = await createClientWithDossier(db());
    const read = () =>
      openDossier(
        { accountId: anna.account.id, origin: TEST_ORIGIN, request: { page: "overview" } },
        async () => true,
      );

    await read();
    await read();
    await read();

    expect(await auditEventsOf(db(), anna.account.id)).toHaveLength(3);
  });
});
