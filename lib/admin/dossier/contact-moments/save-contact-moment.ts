import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { updateContactMoment } from "@/lib/dossier/write/contact-moments/update-contact-moment";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { ContactMomentForm } from "../forms/contact-moment-form";
import { toDossierResult } from "../to-dossier-result";

// "Contactmoment bewerken": the contact moment must be one of this
// client's, not saved by anyone since the form was loaded.
export async function saveContactMoment(
  actor: DossierActor,
  input: ContactMomentForm,
): Promise<DossierActionResult<{ changed: boolean }>> {
  const { clientId, contactMomentId, basedOnUpdatedAt, ...moment } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      {
        ...dossierAccess(actor, clientId),
        request: { record: "contact-moment", operation: "update", recordId: contactMomentId },
      },
      (scope) =>
        updateContactMoment(scope, { id: contactMomentId, updatedAt: basedOnUpdatedAt }, moment),
    ),
    "contact-moment",
  );

  return result.ok ? { ok: true, changed: result.changed } : result;
}
