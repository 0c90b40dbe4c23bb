import crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateVerificationCode } from "./generate-verification-code";
import { hashVerificationCode } from "./hash-verification-code";
import { normalizeCodeInput } from "./normalize-code-input";

describe("generateVerificationCode", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives six digits", () => {
    for (let i = 0; i < 1000; i++) expect(generateVerificationCode()).toMatch(/^\d{6}$/);
  });

  it("draws uniformly from the whole range with crypto.randomInt, keeping leading zeros", () => {
    const draw = vi.spyOn(crypto, "randomInt").mockImplementation((() => 42) as never);

    expect(generateVerificationCode()).toBe("000042");
    expect(draw).toHaveBeenCalledWith(0, 1_000_000);
  });

  it("spreads its codes evenly over the first digit", () => {
    const counts = new Array(10).fill(0);
    const total = 20_000;
    for (let i = 0; i < total; i++) counts[Number(generateVerificationCode()[0])]++;

    // Expected 2000 each; 1700..2300 is far outside chance (about 7 sigma).
    for (const count of counts) {
      expect(count).toBeGreaterThan(1700);
      expect(count).toBeLessThan(2300);
    }
  });
});

describe("hashVerificationCode", () => {
  it("is a keyed hash that does not contain the code", () => {
    const hash = hashVerificationCode("challenge-1", "123456");

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(hash).not.toBe(crypto.createHash("sha256").update("123456").digest("hex"));
  });

  it("is the same for the same challenge and code, and differs otherwise", () => {
    const hash = hashVerificationCode("challenge-1", "123456");

    expect(hashVerificationCode("challenge-1", "123456")).toBe(hash);
    expect(hashVerificationCode("challenge-2", "123456")).not.toBe(hash);
    expect(hashVerificationCode("challenge-1", "123457")).not.toBe(hash);
  });
});

describe("normalizeCodeInput", () => {
  it.each([
    ["123456", "123456"],
    [" 123 456 ", "123456"],
    ["123-456", "123456"],
    ["000001", "000001"],
  ])("accepts %j as %j", (input, digits) => {
    expect(normalizeCodeInput(input)).toBe(digits);
  });

  it.each(["", "12345", "1234567", "12a456", "１２３４５６", null, 123456, "1".repeat(50)])(
    "refuses %j",
    (input) => {
      expect(normalizeCodeInput(input)).toBeNull();
    },
  );
});
