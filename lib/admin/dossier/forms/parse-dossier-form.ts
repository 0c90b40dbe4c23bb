import type { z } from "zod";
import {
  isDossierFieldErrorCode,
  type DossierErrorCode,
  type DossierFieldErrors,
} from "../dossier-result";
import { FORM_OUTDATED } from "@/lib/admin/forms/record-version-field";

export type DossierFormSpec<Schema extends z.ZodType> = {
  schema: Schema;
  // Hidden fields naming the client and the record: a problem with one of
  // these means "not found", not a mistake the admin can correct.
  idFields: readonly string[];
  // Turns the submitted texts into what the schema reads (e.g. rows of
  // goals from goals.0.title, goals.0.description, …). Default: as sent.
  shape?: (values: Record<string, string>) => unknown;
};

export type ParsedDossierForm<T> = { values: Record<string, string> } & (
  { ok: true; data: T } | { ok: false; error: DossierErrorCode; fieldErrors: DossierFieldErrors }
);

// More than any form here has, and longer than any field may be, so that
// cutting never turns a too-long text into an acceptable one.
const MAX_FIELDS = 400;
const MAX_VALUE_LENGTH = 50_000;

// Reads a submitted form's texts and checks them with the schema. Each
// problem becomes a field error code under the field's name
// ("goals.2.title" for a row); a field missing from the form counts as
// empty. The texts come back either way, so a refused form can be shown
// again as typed.
export function parseDossierForm<Schema extends z.ZodType>(
  spec: DossierFormSpec<Schema>,
  form: FormData,
): ParsedDossierForm<z.output<Schema>> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    // Next.js adds its own $ACTION_… fields; files are never expected.
    if (key.startsWith("$") || typeof value !== "string") continue;
    if (Object.keys(values).length >= MAX_FIELDS) break;
    values[key.slice(0, 100)] = value.slice(0, MAX_VALUE_LENGTH);
  }

  const parsed = spec.schema.safeParse((spec.shape ?? ((sent) => sent))(values));
  if (parsed.success) return { ok: true, data: parsed.data, values };

  const fieldErrors: DossierFieldErrors = {};
  let error: DossierErrorCode = "INVALID_INPUT";
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join(".");
    if (spec.idFields.includes(String(issue.path[0]))) error = "NOT_FOUND";
    // Not found says more: the record itself is not there to reopen.
    else if (issue.message === FORM_OUTDATED && error !== "NOT_FOUND") error = "FORM_OUTDATED";
    fieldErrors[field] ??= isDossierFieldErrorCode(issue.message) ? issue.message : "REQUIRED";
  }

  return error === "NOT_FOUND" || error === "FORM_OUTDATED"
    ? { ok: false, error, fieldErrors: {}, values }
    : { ok: false, error, fieldErrors, values };
}
