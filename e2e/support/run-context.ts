// What the running Playwright configuration decided (playwright.config.ts).

// Set when the tests run against a deployment instead of a local server.
export const deploymentUrl = process.env.BASE_URL?.replace(/\/+$/, "");

export function runId(): string {
  const id = process.env.E2E_RUN_ID;
  if (!id) throw new Error("E2E_RUN_ID is missing: run the tests through Playwright.");

  return id;
}

export function runDir(): string {
  const dir = process.env.E2E_RUN_DIR;
  if (!dir) throw new Error("E2E_RUN_DIR is missing: run the tests through Playwright.");

  return dir;
}
