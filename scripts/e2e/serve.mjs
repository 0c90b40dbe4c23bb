// The server of one end-to-end run, started by Playwright's webServer
// (playwright.config.ts), which also sets the variables read here.
//
// 1. makes a fresh database (PostgreSQL when DATABASE_URL is set, else a
//    PGlite folder under .data/), migrates it, adds the demo seed and the
//    run's own e2e accounts: all before the server opens it, as PGlite
//    allows one process at a time;
// 2. builds the app into NEXT_DIST_DIR unless E2E_SKIP_BUILD=1 (test:all
//    builds it as a step of its own);
// 3. runs the production server until Playwright stops it, then removes
//    the database again.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { createTestDatabase } from "./test-database.mjs";
import { buildNext } from "../support/next-build.mjs";
import { run } from "../support/run.mjs";

const runId = process.env.E2E_RUN_ID ?? "";
const runDir = process.env.E2E_RUN_DIR ?? "";
if (!/^[a-z0-9]{6,32}$/.test(runId) || !runDir) {
  console.error("Start end-to-end tests through Playwright: npm run e2e");
  process.exit(1);
}

const database = await createTestDatabase({ runId, runDir });
let stopping = false;
let server;

async function cleanUpAndExit(code) {
  await database.drop().catch((error) => console.error(`Could not drop: ${error.message}`));
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (server) server.kill(signal);
    else void cleanUpAndExit(1);
  });
}

async function prepare() {
  // The preparation runs as a development tool would, not as the server.
  // It is told the server's mode, for the cookies it prepares.
  const { NODE_ENV: serverMode, ...toolEnv } = process.env;
  const env = {
    ...toolEnv,
    ...database.env,
    E2E_SERVER_PRODUCTION: serverMode === "production" ? "1" : "0",
  };

  console.log(`[e2e] database: ${database.description}`);
  const steps = [
    ["node", ["scripts/db/cli.mjs", "deploy"]],
    ["npx", ["tsx", "prisma/seed.ts"]],
    ["npx", ["tsx", "e2e/support/seed-e2e-accounts.ts", runId]],
  ];
  for (const [command, args] of steps) {
    if (stopping) return false;
    if ((await run(command, args, { env })) !== 0) return false;
  }

  if (process.env.E2E_SKIP_BUILD === "1") return true;
  return (await buildNext({ distDir: process.env.NEXT_DIST_DIR, env: toolEnv })) === 0;
}

if (!(await prepare())) await cleanUpAndExit(1);

server = spawn("node", ["server.mjs"], {
  env: { ...process.env, ...database.env },
  stdio: "inherit",
});
server.on("exit", (code) => cleanUpAndExit(stopping ? 0 : (code ?? 1)));
