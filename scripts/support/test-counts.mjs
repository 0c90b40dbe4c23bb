// Reads passed/failed counts from the JSON reports of vitest and Playwright.
// A missing report, a test file that failed to load and an error outside
// any test (a server that did not start) each count as one failure, so the
// sum never reads "0 failed" when something broke.
import fs from "node:fs";

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

export function readVitestCounts(file) {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1, note: " (no report: vitest did not finish)" };

  const brokenFiles = (report.testResults ?? []).filter(
    (result) =>
      result.status === "failed" &&
      !result.assertionResults?.some((assertion) => assertion.status === "failed"),
  ).length;

  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    note: brokenFiles ? ` (${brokenFiles} test file(s) failed outside a test)` : "",
  };
}

export function readPlaywrightCounts(file) {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1, note: " (no report: Playwright did not run or finish)" };

  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  const errors = report.errors?.length ?? 0;

  return {
    passed: expected,
    // With no retries nothing is flaky; should retries be enabled, a test
    // that failed once still counts as failed here.
    failed: unexpected + flaky + errors,
    note: errors ? ` (${errors} error(s) outside a test)` : "",
  };
}
