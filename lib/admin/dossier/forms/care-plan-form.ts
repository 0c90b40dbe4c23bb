import { z } from "zod";
import {
  CARE_PLAN_ROWS_MAX,
  DESCRIPTION_MAX,
  SHORT_TEXT_MAX,
  SUMMARY_MAX,
} from "../dossier-limits";
import { dateField, lineField, recordIdField, textField } from "./dossier-fields";

// A row left wholly empty is dropped, so a spare empty row is no mistake;
// a row filled in part must be completed.
function rows<Row extends z.ZodObject>(row: Row) {
  const blank = (fields: Record<string, string>) =>
    Object.values(fields).every((text) => !text.trim());
  const rowOrBlank = z.union([
    z
      .record(z.string(), z.string())
      .refine(blank)
      .transform(() => null),
    row,
  ]);

  return z
    .array(rowOrBlank)
    .transform((items) => items.flatMap((item) => (item === null ? [] : [item as z.output<Row>])))
    .refine((items) => items.length <= CARE_PLAN_ROWS_MAX, "TOO_MANY_ROWS");
}

// "Nieuwe versie van het zorgplan": valid from a date, a summary, who drew
// it up, its goals and the care agreed. basedOnVersion is the newest
// version when the form was opened (0 for the first).
export const carePlanSchema = z.object({
  clientId: recordIdField,
  basedOnVersion: z.coerce.number().int().min(0).max(1_000_000),
  validFrom: dateField,
  summary: textField(SUMMARY_MAX),
  createdBy: lineField(SHORT_TEXT_MAX),
  goals: rows(
    z.object({ title: lineField(SHORT_TEXT_MAX), description: textField(DESCRIPTION_MAX) }),
  ),
  agreements: rows(
    z.object({
      description: textField(DESCRIPTION_MAX),
      frequency: lineField(SHORT_TEXT_MAX),
      provider: lineField(SHORT_TEXT_MAX),
    }),
  ),
});

export type CarePlanForm = z.output<typeof carePlanSchema>;

export const CARE_PLAN_ID_FIELDS = ["clientId", "basedOnVersion"] as const;

export const GOAL_FIELDS = ["title", "description"] as const;
export const AGREEMENT_FIELDS = ["description", "frequency", "provider"] as const;

// More rows than this in a form are not read at all.
const ROW_INDEX_LIMIT = 100;

// goals.0.title, goals.0.description, goals.1.title… → rows in index
// order. A gap becomes an empty row, which is dropped.
export function readRows(
  values: Record<string, string>,
  name: string,
  fields: readonly string[],
): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const pattern = new RegExp(`^${name}\\.(\\d{1,3})\\.(\\w+)$`);

  for (const [key, value] of Object.entries(values)) {
    const match = pattern.exec(key);
    const index = Number(match?.[1]);
    if (!match || index >= ROW_INDEX_LIMIT || !fields.includes(match[2]!)) continue;

    found[index] ??= {};
    found[index][match[2]!] = value;
  }

  return Array.from(found, (row) =>
    Object.fromEntries(fields.map((field) => [field, row?.[field] ?? ""])),
  );
}

export function shapeCarePlanForm(values: Record<string, string>) {
  return {
    ...values,
    goals: readRows(values, "goals", GOAL_FIELDS),
    agreements: readRows(values, "agreements", AGREEMENT_FIELDS),
  };
}
