import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { addCarePlanVersion } from "@/lib/dossier/write/care-plans/add-care-plan-version";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { CarePlanForm } from "../forms/care-plan-form";
import { toDossierResult } from "../to-dossier-result";

// "Nieuwe versie van het zorgplan". When someone else saved a version
// after this form was opened, nothing is saved and the admin is told so
// (VERSION_CONFLICT), rather than one of the two silently losing their
// work.
export async function saveCarePlanVersion(
  actor: DossierActor,
  input: CarePlanForm,
): Promise<DossierActionResult<{ version: number; changed: boolean }>> {
  const { clientId, ...plan } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      { ...dossierAccess(actor, clientId), request: { record: "care-plan", operation: "create" } },
      (scope) => addCarePlanVersion(scope, plan),
    ),
    "care-plan",
  );

  return result.ok ? { ok: true, version: result.data.version, changed: result.changed } : result;
}
