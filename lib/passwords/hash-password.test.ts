import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { BCRYPT_COST, hashPassword } from "./hash-password";
import { verifyPassword } from "./verify-password";

describe("hashPassword and verifyPassword", () => {
  it("hashes with bcrypt at cost 12 and never stores the password itself", async () => {
    const hash = await hashPassword("lange zin met spaties");

    expect(BCRYPT_COST).toBe(12);
    expect(bcrypt.getRounds(hash)).toBe(12);
    expect(hash).not.toContain("lange zin");
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Correct paard batterij");

    expect(await verifyPassword("Correct paard batterij", hash)).toBe(true);
    expect(await verifyPassword("correct paard batterij", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("lets characters beyond bcrypt's 72 bytes count", async () => {
    const base = "x".repeat(80);
    const hash = await hashPassword(`${base}A`);

    expect(await verifyPassword(`${base}A`, hash)).toBe(true);
    expect(await verifyPassword(`${base}B`, hash)).toBe(false);
  });

  it("treats composed and decomposed accents as the same password", async () => {
    const hash = await hashPassword("café-terras-zomer");

    expect(await verifyPassword("cafe\u0301-terras-zomer", hash)).toBe(true);
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("wat dan ook", "geen-bcrypt-hash")).toBe(false);
  });
});
