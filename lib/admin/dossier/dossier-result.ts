// Every way an admin's dossier change can fail, as stable codes. The pages
// map each to Dutch text in messages/nl/admin-dossier.json
// (adminDossier.errors.<CODE> and adminDossier.fieldErrors.<CODE>);
// nothing else about a failure reaches the browser.
export const DOSSIER_ERROR_CODES = [
  "INVALID_INPUT",
  "FORBIDDEN",
  "NOT_FOUND",
  "VERSION_CONFLICT",
  "REPORT_CONFLICT",
  "CONTACT_MOMENT_CONFLICT",
  "APPOINTMENT_CONFLICT",
  "FORM_OUTDATED",
  "ALREADY_CANCELLED",
  "UNEXPECTED",
] as const;

export type DossierErrorCode = (typeof DOSSIER_ERROR_CODES)[number];

export const DOSSIER_FIELD_ERROR_CODES = [
  "REQUIRED",
  "TOO_LONG",
  "TEXT_INVALID",
  "CHOICE_INVALID",
  "DATE_INVALID",
  "DATE_TIME_INVALID",
  "DATE_OUT_OF_RANGE",
  "DATE_TIME_NONEXISTENT",
  "IN_FUTURE",
  "END_NOT_AFTER_START",
  "DURATION_TOO_LONG",
  "TOO_MANY_ROWS",
] as const;

export type DossierFieldErrorCode = (typeof DOSSIER_FIELD_ERROR_CODES)[number];

// Keyed by the field's name in the form, e.g. "text" or "goals.2.title".
export type DossierFieldErrors = Partial<Record<string, DossierFieldErrorCode>>;

export type DossierFailure = {
  ok: false;
  error: DossierErrorCode;
  fieldErrors?: DossierFieldErrors;
};

export type DossierActionResult<T extends object = object> = ({ ok: true } & T) | DossierFailure;

export function dossierFailure(
  error: DossierErrorCode,
  fieldErrors?: DossierFieldErrors,
): DossierFailure {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

export function isDossierFieldErrorCode(value: unknown): value is DossierFieldErrorCode {
  return DOSSIER_FIELD_ERROR_CODES.includes(value as DossierFieldErrorCode);
}
