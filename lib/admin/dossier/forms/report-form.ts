import { z } from "zod";
import { recordVersionField } from "@/lib/admin/forms/record-version-field";
import { REPORT_CATEGORIES } from "../dossier-choices";
import { REPORT_TEXT_MAX, SHORT_TEXT_MAX } from "../dossier-limits";
import {
  choiceField,
  lineField,
  pastDateTimeField,
  recordIdField,
  textField,
} from "./dossier-fields";

// "Rapportage toevoegen": when it was written, by whom, its category and text.
export const newReportSchema = z.object({
  clientId: recordIdField,
  writtenAt: pastDateTimeField,
  author: lineField(SHORT_TEXT_MAX),
  category: choiceField(REPORT_CATEGORIES),
  text: textField(REPORT_TEXT_MAX),
});

export type NewReportForm = z.output<typeof newReportSchema>;

// "Rapportage bewerken": the same, for one report of the client, as it
// was when the form was loaded (basedOnUpdatedAt).
export const reportSchema = newReportSchema.extend({
  reportId: recordIdField,
  basedOnUpdatedAt: recordVersionField,
});

export type ReportForm = z.output<typeof reportSchema>;

export const REPORT_ID_FIELDS = ["clientId", "reportId"] as const;
