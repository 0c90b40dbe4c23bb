import { changedFields } from "../changed-fields";
import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import type { ContactMomentInput } from "./contact-moment-input";

// Saves a contact moment of this dossier. An id of another dossier's
// record is refused as not found.
export async function updateContactMoment(
  scope: DossierWriteScope,
  id: string,
  input: ContactMomentInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;

  if (!(await lockDossierRecord(scope, "contact-moment", id))) return refused("not_found");

  const current = await db.contactMoment.findFirst({
    where: { id, dossierId },
    select: { occurredAt: true, channel: true, withWhom: true, summary: true },
  });
  if (!current) return refused("not_found");

  const fields = changedFields(current, input);
  if (fields.length === 0) return { status: "unchanged", result: { id } };

  await db.contactMoment.update({ where: { id }, data: input });

  return { status: "written", recordId: id, fields, result: { id } };
}
