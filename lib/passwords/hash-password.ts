import bcrypt from "bcryptjs";
import { prehashPassword } from "./prehash-password";

// Work factor for new hashes; verifyPassword reads it from each stored hash,
// so raising it later keeps older hashes working.
export const BCRYPT_COST = 12;

export async function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(prehashPassword(plain), BCRYPT_COST);
}
