import { CODE_LENGTH } from "../constants";

const CODE_PATTERN = new RegExp(`^\\d{${CODE_LENGTH}}$`);

// What a person types or pastes: "123 456", "123-456" or " 123456 ".
// Returns the digits, or null when it cannot be a code at all.
export function normalizeCodeInput(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 40) return null;

  const digits = input.replace(/[\s-]/g, "");

  return CODE_PATTERN.test(digits) ? digits : null;
}
