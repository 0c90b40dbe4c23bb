import bcrypt from "bcryptjs";
import { prehashPassword } from "./prehash-password";

// True when `plain` is the password behind `hash` (from hashPassword).
// A malformed hash counts as a mismatch rather than an error.
export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  try {
    return await bcrypt.compare(prehashPassword(plain), hash);
  } catch {
    return false;
  }
}
