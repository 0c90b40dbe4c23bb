// The password rules, as numbers the copy reads too.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// A name or address part shorter than this is too common inside ordinary
// words ("de", "van", "ali") to refuse a password for.
export const PERSONAL_PART_MIN_LENGTH = 4;

export const PASSWORD_PROBLEMS = [
  "TOO_SHORT",
  "TOO_LONG",
  "COMMON",
  "CONTAINS_EMAIL",
  "CONTAINS_NAME",
  "SAME_AS_CURRENT",
  "CONFIRMATION_MISMATCH",
] as const;

export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];
