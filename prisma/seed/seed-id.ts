import crypto from "node:crypto";

// A stable UUID for a seeded record, so running the seed again keeps links
// to the same report or appointment working.
export function seedId(...parts: (string | number)[]): string {
  const hex = crypto.createHash("sha256").update(parts.join("/")).digest("hex");

  // Shaped as a version 4, variant 1 UUID.
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join("-");
}
