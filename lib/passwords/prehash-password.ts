import crypto from "node:crypto";

// bcrypt reads only the first 72 bytes of its input. Hashing the password
// with SHA-256 first (as base64: no NUL bytes, 44 characters) lets every
// character count, however long the password or however many bytes its
// characters take. NFC makes "é" typed as one or two code points the same.
export function prehashPassword(plain: string): string {
  return crypto.createHash("sha256").update(plain.normalize("NFC"), "utf8").digest("base64");
}
