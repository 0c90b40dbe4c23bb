import { describe, expect, it } from "vitest";
import { lockPeriodMs } from "./lock-period";

const minutes = (ms: number) => ms / 60_000;

describe("lockPeriodMs", () => {
  it("locks 15 minutes the first time and doubles each time after", () => {
    expect([0, 1, 2, 3, 4].map((locks) => minutes(lockPeriodMs(locks)))).toEqual([
      15, 30, 60, 120, 240,
    ]);
  });

  it("never locks longer than 24 hours, however many locks came before", () => {
    expect(minutes(lockPeriodMs(7))).toBe(24 * 60);
    expect(minutes(lockPeriodMs(1000))).toBe(24 * 60);
    expect(Number.isFinite(lockPeriodMs(Number.MAX_SAFE_INTEGER))).toBe(true);
  });

  it("treats a negative count as none", () => {
    expect(minutes(lockPeriodMs(-3))).toBe(15);
  });
});
