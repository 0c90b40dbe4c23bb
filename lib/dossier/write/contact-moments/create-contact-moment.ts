import type { DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import type { ContactMomentInput } from "./contact-moment-input";

export async function createContactMoment(
  scope: DossierWriteScope,
  input: ContactMomentInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { id } = await scope.db.contactMoment.create({
    data: { dossierId: scope.dossierId, ...input },
    select: { id: true },
  });

  return { status: "written", recordId: id, fields: Object.keys(input), result: { id } };
}
