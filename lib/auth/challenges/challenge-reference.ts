import crypto from "node:crypto";

// The browser's handle on a challenge: 32 random bytes. Only its SHA-256
// is stored; with this much randomness no key or salt is needed.
export function createChallengeReference(): { reference: string; referenceHash: string } {
  const reference = crypto.randomBytes(32).toString("base64url");

  return { reference, referenceHash: hashChallengeReference(reference) };
}

export function hashChallengeReference(reference: string): string {
  return crypto.createHash("sha256").update(reference).digest("hex");
}
