// Every way an admin operation can fail, as stable codes. The pages map
// each code to Dutch text in messages/nl/admin.json (admin.errors.<CODE>
// and admin.fieldErrors.<CODE>); nothing else about a failure reaches the
// browser.
export const ADMIN_ERROR_CODES = [
  "INVALID_INPUT",
  "DUPLICATE",
  "CONFLICT",
  "FORM_OUTDATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "NOT_INVITED",
  "NOT_ACTIVE",
  "NOT_DEACTIVATED",
  "NOT_LOCKED",
  "ALREADY_DEACTIVATED",
  "LAST_ADMIN",
  "SELF_DEACTIVATION",
  "MAIL_FAILED",
  "UNEXPECTED",
] as const;

export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

export const FIELD_ERROR_CODES = [
  "NAME_REQUIRED",
  "NAME_TOO_LONG",
  "NAME_INVALID",
  "EMAIL_REQUIRED",
  "EMAIL_INVALID",
  "EMAIL_TAKEN",
  "CLIENT_NUMBER_REQUIRED",
  "CLIENT_NUMBER_INVALID",
  "CLIENT_NUMBER_TAKEN",
  "DATE_OF_BIRTH_INVALID",
  "DATE_OF_BIRTH_IN_FUTURE",
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export type FieldErrors = Partial<Record<string, FieldErrorCode>>;

export type AdminFailure = { ok: false; error: AdminErrorCode; fieldErrors?: FieldErrors };

export type AdminResult<T extends object = object> = ({ ok: true } & T) | AdminFailure;

export function adminFailure(error: AdminErrorCode, fieldErrors?: FieldErrors): AdminFailure {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return FIELD_ERROR_CODES.includes(value as FieldErrorCode);
}
