import type { AdminNotice } from "../admin-notices";
import type { AdminErrorCode, AdminResult, FieldErrors } from "../admin-result";

// What an admin form's server action hands back to the form: a notice to
// show, or an error code with field errors and the values as typed. Null
// before the first submit.
export type AdminFormState =
  | null
  | { ok: true; notice: AdminNotice }
  | {
      ok: false;
      error: AdminErrorCode;
      fieldErrors?: FieldErrors;
      values?: Record<string, string>;
    };

export function toFormState(result: AdminResult, notice: AdminNotice): AdminFormState {
  return result.ok ? { ok: true, notice } : result;
}
