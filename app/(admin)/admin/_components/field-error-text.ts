import type { FieldErrorCode } from "@/lib/admin/admin-result";
import { CLIENT_NUMBER_MAX_LENGTH, NAME_MAX_LENGTH } from "@/lib/admin/forms/field-limits";

// The numbers a field error's text mentions, from the limits the checks use.
export function fieldErrorValues(code: FieldErrorCode): { max: number } {
  return { max: code.startsWith("NAME") ? NAME_MAX_LENGTH : CLIENT_NUMBER_MAX_LENGTH };
}
