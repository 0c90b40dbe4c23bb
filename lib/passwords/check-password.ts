import { isCommonPassword } from "./is-common-password";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERSONAL_PART_MIN_LENGTH,
  type PasswordProblem,
} from "./password-rules";

export type PasswordCheckInput = {
  password: string;
  confirmation?: string;
  email: string;
  name: string;
  // Only when changing: whether the new password is the current one.
  isCurrentPassword?: (password: string) => Promise<boolean>;
};

// Characters as a person counts them: an emoji or "é" is one.
function characterCount(text: string): number {
  return [...text].length;
}

function personalParts(email: string, name: string): { email: string[]; name: string[] } {
  const address = email.trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  const nameWords = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const long = (part: string) => characterCount(part) >= PERSONAL_PART_MIN_LENGTH;

  return {
    email: [address, localPart].filter(long),
    name: [name.toLowerCase().replace(/\s+/g, ""), ...nameWords].filter(long),
  };
}

// Returns every rule the password breaks, in the order they are shown;
// an empty list means the password may be used.
export async function checkPassword(input: PasswordCheckInput): Promise<PasswordProblem[]> {
  const { password } = input;
  const problems: PasswordProblem[] = [];
  const length = characterCount(password);

  if (length < PASSWORD_MIN_LENGTH) problems.push("TOO_SHORT");
  if (length > PASSWORD_MAX_LENGTH) problems.push("TOO_LONG");
  if (isCommonPassword(password)) problems.push("COMMON");

  const lowered = password.toLowerCase();
  const parts = personalParts(input.email, input.name);
  if (parts.email.some((part) => lowered.includes(part))) problems.push("CONTAINS_EMAIL");
  if (parts.name.some((part) => lowered.includes(part))) problems.push("CONTAINS_NAME");

  if (input.confirmation !== undefined && input.confirmation !== password) {
    problems.push("CONFIRMATION_MISMATCH");
  }
  if (problems.length === 0 && (await input.isCurrentPassword?.(password))) {
    problems.push("SAME_AS_CURRENT");
  }

  return problems;
}
