import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { updateReport } from "@/lib/dossier/write/reports/update-report";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { ReportForm } from "../forms/report-form";
import { toDossierResult } from "../to-dossier-result";

// "Rapportage bewerken": the report must be one of this client's, not
// saved by anyone since the form was loaded.
export async function saveReport(
  actor: DossierActor,
  input: ReportForm,
): Promise<DossierActionResult<{ changed: boolean }>> {
  const { clientId, reportId, basedOnUpdatedAt, ...report } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      {
        ...dossierAccess(actor, clientId),
        request: { record: "report", operation: "update", recordId: reportId },
      },
      (scope) => updateReport(scope, { id: reportId, updatedAt: basedOnUpdatedAt }, report),
    ),
    "report",
  );

  return result.ok ? { ok: true, changed: result.changed } : result;
}
