import { describe, expect, it } from "vitest";
import { openDossierAsAdmin } from "@/lib/dossier/admin/open-dossier-as-admin";
import { getReport } from "@/lib/dossier/queries/get-report";
import { listReports } from "@/lib/dossier/queries/list-reports";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import {
  ADMIN_ORIGIN,
  addReport,
  clientActor,
  createAdminActor,
} from "./support/admin-dossier-fixtures";

function viewEventsAbout(db: ReturnType<ReturnType<typeof useTestDatabase>>, clientId: string) {
  return db.auditEvent.findMany({
    where: { subjectClientId: clientId, action: "dossier.view" },
    orderBy: { occurredAt: "asc" },
  });
}

describe("an admin reading a client's dossier", () => {
  const db = useTestDatabase();

  it("reads any client's dossier without a grant, audited as via admin", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db(), { grant: false });
    const report = await addReport(db(), dossierId, "Goed geslapen.");

    const outcome = await openDossierAsAdmin(
      {
        actor: admin,
        clientId: client.id,
        origin: ADMIN_ORIGIN,
        request: { page: "report", recordId: report.id },
      },
      (scope) => getReport(scope, report.id),
    );

    expect(outcome.ok && outcome.data.text).toBe("Goed geslapen.");
    const [event, ...others] = await viewEventsAbout(db(), client.id);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      outcome: "SUCCESS",
      actorAccountId: admin.accountId,
      ip: ADMIN_ORIGIN.ip,
      detail: { via: "admin", page: "report", recordId: report.id },
    });
    expect(JSON.stringify(event)).not.toContain("Goed geslapen");
  });

  it("finds no record of another client's dossier, audited as DENIED", async () => {
    const admin = await createAdminActor(db());
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    const bertsReport = await addReport(db(), bert.dossierId);

    const outcome = await openDossierAsAdmin(
      {
        actor: admin,
        clientId: anna.client.id,
        request: { page: "report", recordId: bertsReport.id },
      },
      (scope) => getReport(scope, bertsReport.id),
    );

    expect(outcome).toEqual({ ok: false, reason: "not_found" });
    const [event] = await viewEventsAbout(db(), anna.client.id);
    expect(event).toMatchObject({
      outcome: "DENIED",
      detail: { via: "admin", reason: "not_found" },
    });
  });

  it("refuses a client's session and a deactivated admin", async () => {
    const { account, client } = await createClientWithDossier(db());
    const deactivated = await createAdminActor(db(), { status: "DEACTIVATED" });
    const query = (scope: Parameters<typeof listReports>[0]) => listReports(scope, { page: 1 });

    for (const actor of [
      clientActor(account.id),
      { ...clientActor(account.id), role: "ADMIN" as const },
      deactivated,
    ]) {
      const outcome = await openDossierAsAdmin(
        { actor, clientId: client.id, request: { page: "reports" } },
        query,
      );
      expect(outcome).toEqual({ ok: false, reason: "not_admin" });
    }
    const events = await viewEventsAbout(db(), client.id);
    expect(
      events.map((event) => [event.outcome, (event.detail as { reason?: string }).reason]),
    ).toEqual([
      ["DENIED", "not_admin"],
      ["DENIED", "not_admin"],
      ["DENIED", "not_admin"],
    ]);
  });

  it("says so when the client does not exist", async () => {
    const admin = await createAdminActor(db());

    const outcome = await openDossierAsAdmin(
      {
        actor: admin,
        clientId: "00000000-0000-4000-8000-00000000abcd",
        request: { page: "dossier" },
      },
      async () => ({}),
    );

    expect(outcome).toEqual({ ok: false, reason: "no_dossier" });
  });
});
