import { changedFields } from "../changed-fields";
import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import { savedSince, type RecordAsLoaded } from "../record-as-loaded";
import type { ContactMomentInput } from "./contact-moment-input";

// Saves a contact moment of this dossier. An id of another dossier's
// record is refused as not found; one saved by someone else since the
// form was loaded is refused as a conflict.
export async function updateContactMoment(
  scope: DossierWriteScope,
  loaded: RecordAsLoaded,
  input: ContactMomentInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;
  const { id } = loaded;

  if (!(await lockDossierRecord(scope, "contact-moment", id))) return refused("not_found");

  const current = await db.contactMoment.findFirst({
    where: { id, dossierId },
    select: {
      updatedAt: true,
      occurredAt: true,
      channel: true,
      withWhom: true,
      summary: true,
    },
  });
  if (!current) return refused("not_found");
  if (savedSince(current, loaded)) return refused("conflict");

  const fields = changedFields(current, input);
  if (fields.length === 0) return { status: "unchanged", result: { id } };

  await db.contactMoment.update({ where: { id }, data: input });

  return { status: "written", recordId: id, fields, result: { id } };
}
