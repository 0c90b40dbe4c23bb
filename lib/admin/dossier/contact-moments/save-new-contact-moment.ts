import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { createContactMoment } from "@/lib/dossier/write/contact-moments/create-contact-moment";
import { dossierAccess, type DossierActor } from "../dossier-actor";
import type { DossierActionResult } from "../dossier-result";
import type { NewContactMomentForm } from "../forms/contact-moment-form";
import { toDossierResult } from "../to-dossier-result";

// "Contactmoment toevoegen" for a client, through the audited write path.
export async function saveNewContactMoment(
  actor: DossierActor,
  input: NewContactMomentForm,
): Promise<DossierActionResult<{ contactMomentId: string }>> {
  const { clientId, ...moment } = input;

  const result = toDossierResult(
    await writeDossierAsAdmin(
      {
        ...dossierAccess(actor, clientId),
        request: { record: "contact-moment", operation: "create" },
      },
      (scope) => createContactMoment(scope, moment),
    ),
    "contact-moment",
  );

  return result.ok ? { ok: true, contactMomentId: result.data.id } : result;
}
