import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPlaywrightCounts, readVitestCounts } from "../../scripts/support/test-counts.mjs";

// The sum test:all prints last must never read "0 failed" when something broke.
describe("test:all's pass/fail sum", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "carefriend-counts-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function report(name: string, content: unknown): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  }

  it("takes vitest's counts, and counts a file that failed outside a test", () => {
    const file = report("vitest.json", {
      numPassedTests: 7,
      numFailedTests: 1,
      testResults: [
        { status: "failed", assertionResults: [{ status: "failed" }] },
        { status: "failed", assertionResults: [] },
        { status: "passed", assertionResults: [{ status: "passed" }] },
      ],
    });

    expect(readVitestCounts(file)).toMatchObject({ passed: 7, failed: 2 });
  });

  it("takes Playwright's counts, with errors outside tests and flaky tests as failures", () => {
    const file = report("playwright.json", {
      stats: { expected: 40, unexpected: 1, flaky: 1, skipped: 0 },
      errors: [{ message: "webServer exited" }],
    });

    expect(readPlaywrightCounts(file)).toMatchObject({ passed: 40, failed: 3 });
  });

  it("counts a missing report as a failure", () => {
    const missing = path.join(dir, "absent.json");

    expect(readVitestCounts(missing).failed).toBe(1);
    expect(readPlaywrightCounts(missing).failed).toBe(1);
  });
});
