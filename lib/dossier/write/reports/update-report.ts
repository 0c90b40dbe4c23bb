import { changedFields } from "../changed-fields";
import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import { lockDossierRecord } from "../lock-dossier-record";
import type { ReportInput } from "./report-input";

// Saves a report of this dossier. An id of another dossier's report is
// refused as not found.
export async function updateReport(
  scope: DossierWriteScope,
  id: string,
  input: ReportInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { db, dossierId } = scope;

  if (!(await lockDossierRecord(scope, "report", id))) return refused("not_found");

  const current = await db.report.findFirst({
    where: { id, dossierId },
    select: { writtenAt: true, author: true, category: true, text: true },
  });
  if (!current) return refused("not_found");

  const fields = changedFields(current, input);
  if (fields.length === 0) return { status: "unchanged", result: { id } };

  await db.report.update({ where: { id }, data: input });

  return { status: "written", recordId: id, fields, result: { id } };
}
