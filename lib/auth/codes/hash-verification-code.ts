import crypto from "node:crypto";
import { getConfig } from "@/lib/config/config";

// Codes are stored only as this keyed hash. Six digits are quickly guessed
// from a plain hash; without the secret a copy of the table is useless.
// The challenge id is part of the input, so a code only ever fits the
// challenge it was made for.
export function hashVerificationCode(challengeId: string, code: string): string {
  return crypto
    .createHmac("sha256", getConfig().authSecret)
    .update(`one-time-code:${challengeId}:${code}`)
    .digest("hex");
}
