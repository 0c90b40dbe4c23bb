import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices, type LaunchOptions } from "@playwright/test";

// Without BASE_URL, Playwright starts a production build of this checkout
// on a fresh database (scripts/e2e/serve.mjs). With BASE_URL, the tests run
// against that deployment and start nothing: used for `npm run e2e:smoke`.
const deployment = process.env.BASE_URL?.replace(/\/+$/, "");

// Decided once, in the runner; its workers inherit these through the
// environment, so every process agrees on the run's database and accounts.
process.env.E2E_RUN_ID ??= crypto.randomBytes(5).toString("hex");
process.env.E2E_RUN_DIR ??= path.resolve(".data", `e2e-${process.env.E2E_RUN_ID}`);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = deployment ?? `http://127.0.0.1:${port}`;

// The system Chromium when there is one (CI installs it from apt);
// otherwise Playwright's own (`npx playwright install chromium`).
const systemChromium = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (candidate) => candidate && fs.existsSync(candidate),
);
const launchOptions: LaunchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      // As root Chromium needs --no-sandbox; the rest keeps it off the network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

const jsonReport = process.env.E2E_JSON_REPORT;

export default defineConfig({
  testDir: "e2e",
  // Traces and screenshots of failures; Playwright empties it on start.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A failure is a failure: no silent second chance.
  retries: 0,
  // Against a deployment both projects sign in with the one smoke account:
  // one at a time, or the second sign-in replaces the first one's code.
  workers: deployment ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: process.env.E2E_REPORT_DIR ?? "playwright-report" }],
    ...(jsonReport ? [["json", { outputFile: jsonReport }] as const] : []),
  ],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "mobile", use: { ...devices["Pixel 7"], browserName: "chromium" } },
  ],
  webServer: deployment
    ? undefined
    : {
        command: "node scripts/e2e/serve.mjs",
        url: `${baseURL}/`,
        reuseExistingServer: false,
        // Migrating, seeding and (unless prebuilt) building come first.
        timeout: (process.env.E2E_SKIP_BUILD === "1" ? 3 : 10) * 60_000,
        stdout: "pipe",
        stderr: "pipe",
        gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
        env: {
          NODE_ENV: "production",
          PORT: String(port),
          HOST: "127.0.0.1",
          PUBLIC_BASE_URL: baseURL,
          AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
          MAIL_TRANSPORT: "outbox",
          // The server trusts one proxy hop: each test sends its own client
          // address in X-Forwarded-For, as a proxy would, so per-address
          // rate limits of one test never reach another.
          TRUSTED_PROXY_HOPS: "1",
          NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
          NEXT_TELEMETRY_DISABLED: "1",
          LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        },
      },
});
