import crypto from "node:crypto";
import { CODE_LENGTH } from "../constants";

const CODE_SPACE = 10 ** CODE_LENGTH;

// A code of CODE_LENGTH digits, leading zeros kept. crypto.randomInt draws
// uniformly from the whole range (no modulo bias) from the system's CSPRNG.
export function generateVerificationCode(): string {
  return crypto.randomInt(0, CODE_SPACE).toString().padStart(CODE_LENGTH, "0");
}
