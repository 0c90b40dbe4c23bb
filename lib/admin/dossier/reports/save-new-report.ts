import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { createReport } from "@/lib/dossier/write/reports/create-report";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { NewReportForm } from "../forms/report-form";
import { toDossierResult } from "../to-dossier-result";

// "Rapportage toevoegen" for a client, through the audited write path.
export async function saveNewReport(
  actor: DossierActor,
  input: NewReportForm,
): Promise<DossierActionResult<{ reportId: string }>> {
  const { clientId, ...report } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      { ...dossierAccess(actor, clientId), request: { record: "report", operation: "create" } },
      (scope) => createReport(scope, report),
    ),
    "report",
  );

  return result.ok ? { ok: true, reportId: result.data.id } : result;
}
