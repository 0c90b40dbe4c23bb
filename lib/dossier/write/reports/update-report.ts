import { changedFields } from "../changed-fields";
import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import { savedSince, type RecordAsLoaded } from "../record-as-loaded";
import type { ReportInput } from "./report-input";

// Saves a report of this dossier. An id of another dossier's report is
// refused as not found; a report saved by someone else since the form was
// loaded is refused as a conflict.
export async function updateReport(
  scope: DossierWriteScope,
  loaded: RecordAsLoaded,
  input: ReportInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;
  const { id } = loaded;

  if (!(await lockDossierRecord(scope, "report", id))) return refused("not_found");

  const current = await db.report.findFirst({
    where: { id, dossierId },
    select: { updatedAt: true, writtenAt: true, author: true, category: true, text: true },
  });
  if (!current) return refused("not_found");
  if (savedSince(current, loaded)) return refused("conflict");

  const fields = changedFields(current, input);
  if (fields.length === 0) return { status: "unchanged", result: { id } };

  await db.report.update({ where: { id }, data: input });

  return { status: "written", recordId: id, fields, result: { id } };
}
