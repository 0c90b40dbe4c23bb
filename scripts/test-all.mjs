// `npm run test:all`: every check the project has, in one command.
//
// install (when needed) → generate the database client → typecheck → lint →
// migration drift check → vitest → production build → Playwright (both
// projects) against that build, on a fresh database made for the run:
// PostgreSQL when DATABASE_URL is set, else PGlite (scripts/e2e/serve.mjs).
//
// Every check runs even when an earlier one failed, so one run shows all
// problems; the exit code is non-zero when anything failed. The last line
// sums the tests of vitest and Playwright: "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { ensureDependencies } from "./support/dependencies.mjs";
import { buildNext } from "./support/next-build.mjs";
import { findFreePort } from "./support/ports.mjs";
import { run } from "./support/run.mjs";
import { readPlaywrightCounts, readVitestCounts } from "./support/test-counts.mjs";

const REPORTS = path.resolve(".data", "test-all");
const VITEST_REPORT = path.join(REPORTS, "vitest.json");
const PLAYWRIGHT_REPORT = path.join(REPORTS, "playwright.json");
const E2E_DIST_DIR = ".next-e2e";

const results = [];

async function step(name, action) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const code = await action();
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ name, ok: code === 0, seconds });
  console.log(`${code === 0 ? "✔" : "✖"} ${name} (${seconds} s)`);

  return code === 0;
}

function hasSystemChromium() {
  return [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].some(
    (candidate) => candidate && fs.existsSync(candidate),
  );
}

async function main() {
  const started = Date.now();
  await step("Install dependencies when needed", async () => (await ensureDependencies(), 0));
  fs.rmSync(REPORTS, { recursive: true, force: true });
  fs.mkdirSync(REPORTS, { recursive: true });

  if (!(await step("Generate the database client", () => run("npm", ["run", "-s", "db:generate"])))) {
    return finish(started);
  }
  await step("Typecheck (tsc --noEmit)", () => run("npx", ["tsc", "--noEmit"]));
  await step("Lint (eslint)", () => run("npx", ["eslint", "."]));
  // On a folder of its own: the development database may be open in a
  // running dev server, and PGlite allows one process at a time.
  await step("Migration drift check (db:drift)", () =>
    run("npm", ["run", "-s", "db:drift"], {
      env: { ...process.env, PGLITE_DIR: path.join(REPORTS, "drift-pglite") },
    }),
  );
  await step("Unit and integration tests (vitest)", () =>
    run("npx", [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${VITEST_REPORT}`,
    ]),
  );

  if (!hasSystemChromium()) {
    await step("Install Playwright's Chromium", () =>
      run("npx", ["playwright", "install", "chromium"]),
    );
  }
  const built = await step("Production build for the browser tests", () =>
    buildNext({ distDir: E2E_DIST_DIR }),
  );
  if (built) {
    const port = await findFreePort();
    await step(`Browser tests (Playwright, port ${port})`, () =>
      run("npx", ["playwright", "test"], {
        env: {
          ...process.env,
          E2E_PORT: String(port),
          E2E_SKIP_BUILD: "1",
          E2E_JSON_REPORT: PLAYWRIGHT_REPORT,
          NEXT_DIST_DIR: E2E_DIST_DIR,
        },
      }),
    );
  }

  return finish(started);
}

function finish(started) {
  const vitest = readVitestCounts(VITEST_REPORT);
  const playwright = readPlaywrightCounts(PLAYWRIGHT_REPORT);
  const failedSteps = results.filter((result) => !result.ok);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);

  console.log("\n──────── test:all ────────");
  for (const result of results) {
    console.log(`${result.ok ? "✔" : "✖"} ${result.name} (${result.seconds} s)`);
  }
  console.log(`vitest: ${vitest.passed} passed, ${vitest.failed} failed${vitest.note}`);
  console.log(`playwright: ${playwright.passed} passed, ${playwright.failed} failed${playwright.note}`);
  console.log(`total time: ${minutes} min${failedSteps.length ? `; failed: ${failedSteps.map((s) => s.name).join(", ")}` : ""}`);
  console.log(`${vitest.passed + playwright.passed} passed, ${vitest.failed + playwright.failed} failed`);

  process.exit(failedSteps.length ? 1 : 0);
}

await main();
