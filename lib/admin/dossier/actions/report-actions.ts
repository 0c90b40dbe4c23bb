"use server";

import { redirect } from "next/navigation";
import { sectionPath } from "../dossier-paths";
import { REPORT_ID_FIELDS, newReportSchema, reportSchema } from "../forms/report-form";
import { saveNewReport } from "../reports/save-new-report";
import { saveReport } from "../reports/save-report";
import { dossierFormAction } from "./dossier-form-action";

// "Rapportage toevoegen" and "Rapportage bewerken".

export const createReportAction = dossierFormAction({
  name: "report.create",
  schema: newReportSchema,
  idFields: REPORT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveNewReport(actor, input);
    if (!result.ok) return result;

    redirect(sectionPath(input.clientId, "rapportages", "REPORT_CREATED"));
  },
});

export const updateReportAction = dossierFormAction({
  name: "report.update",
  schema: reportSchema,
  idFields: REPORT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveReport(actor, input);
    if (!result.ok) return result;

    redirect(
      sectionPath(
        input.clientId,
        "rapportages",
        result.changed ? "REPORT_UPDATED" : "NOTHING_CHANGED",
      ),
    );
  },
});
