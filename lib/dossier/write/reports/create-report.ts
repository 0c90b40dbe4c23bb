import type { DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import type { ReportInput } from "./report-input";

export async function createReport(
  scope: DossierWriteScope,
  input: ReportInput,
): Promise<DossierWriteStep<{ id: string }>> {
  const { id } = await scope.db.report.create({
    data: { dossierId: scope.dossierId, ...input },
    select: { id: true },
  });

  return { status: "written", recordId: id, fields: Object.keys(input), result: { id } };
}
