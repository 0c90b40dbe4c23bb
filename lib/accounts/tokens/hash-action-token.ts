import crypto from "node:crypto";

export function hashActionToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}
