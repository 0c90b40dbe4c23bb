import type { z } from "zod";
import { isFieldErrorCode, type FieldErrors } from "../admin-result";
import { FORM_OUTDATED } from "./record-version-field";

export type ParsedForm<T> = { values: Record<string, string> } & (
  { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; outdated: boolean }
);

// Reads the named fields of a submitted form as text and checks them with
// the schema. On failure it gives each field its first error code. The
// values as typed (cut short) come back either way, so that a form refused
// here or later can show them again. A form whose version field is not as
// our form wrote it is `outdated`: the admin is asked to open it again.
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  form: FormData,
  fields: readonly string[],
): ParsedForm<z.output<Schema>> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = form.get(field);
    values[field] = typeof value === "string" ? value : "";
  }

  const shown = Object.fromEntries(
    Object.entries(values).map(([field, value]) => [field, value.slice(0, 400)]),
  );
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values: shown };

  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!fieldErrors[field]) {
      fieldErrors[field] = isFieldErrorCode(issue.message) ? issue.message : undefined;
    }
  }

  const outdated = parsed.error.issues.some((issue) => issue.message === FORM_OUTDATED);

  return { ok: false, fieldErrors: outdated ? {} : fieldErrors, outdated, values: shown };
}
