// `npm run demo`: install, migrate, seed, build and start the portal on this
// machine, then print where to sign in and where the sign-in code arrives.
//
// The demo runs a production build (`next build` + server.mjs), not
// `next dev`: pages then open at once instead of compiling on first visit,
// and the portal behaves as it does for clients (production checks, headers
// and cookies). The build is the slow part, about a minute.
//
// Production mode requires AUTH_SECRET and real mail. For the demo, mail
// stays in the local outbox (MAIL_TRANSPORT=outbox) and a random secret is
// kept in the git-ignored .data/ folder. Settings in the environment or in
// .env files win over these defaults.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { ensureDependencies } from "./support/dependencies.mjs";
import { loadEnvFiles } from "./support/env-files.mjs";
import { buildNext } from "./support/next-build.mjs";
import { isPortFree, waitForUrl } from "./support/ports.mjs";
import { runOrExit } from "./support/run.mjs";

const SECRET_FILE = path.join(".data", "demo-auth-secret");

function step(title) {
  console.log(`\n▶ ${title}`);
}

function demoSecret() {
  if (fs.existsSync(SECRET_FILE)) return fs.readFileSync(SECRET_FILE, "utf8").trim();

  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  fs.writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}

async function readDemoAccounts() {
  const { tsImport } = await import("tsx/esm/api");
  const accounts = await tsImport("../prisma/seed/demo-accounts.ts", import.meta.url);

  return accounts.DEMO_ACCOUNTS;
}

function printWelcome({ url, accounts, database }) {
  const width = Math.max(...accounts.map((account) => account.email.length));
  const passwordWidth = Math.max(...accounts.map((account) => account.password.length));
  const example = accounts.find((account) => account.role === "CLIENT") ?? accounts[0];

  console.log(`
────────────────────────────────────────────────────────────────────────
  Carefriend runs at ${url}

  Demo accounts (password after the address):
${accounts
  .map(
    (account) =>
      `    ${account.email.padEnd(width)}  ${account.password.padEnd(passwordWidth)}  ${account.role}`,
  )
  .join("\n")}

  Sign in at ${url}/inloggen; administrators land on /admin.
  After the password the portal asks for a 6-digit code sent by e-mail.
  Mail is not sent anywhere; read it in the outbox:
    ${url}/dev/outbox
    ${url}/api/dev/outbox?to=${example.email}

  Data: ${database}. Stop with Ctrl+C.
────────────────────────────────────────────────────────────────────────
`);
}

async function main() {
  await ensureDependencies();
  process.env.NODE_ENV = "production";
  await loadEnvFiles({ production: true });

  const port = Number(process.env.PORT ?? 3000);
  const url = process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`;
  if (!(await isPortFree(port))) {
    console.error(`Port ${port} is in use. Choose another: PORT=3001 npm run demo`);
    process.exit(1);
  }

  const env = {
    ...process.env,
    PORT: String(port),
    PUBLIC_BASE_URL: url,
    MAIL_TRANSPORT: process.env.MAIL_TRANSPORT ?? "outbox",
    AUTH_SECRET: process.env.AUTH_SECRET ?? demoSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const database = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.PGLITE_DIR ?? ".data/pglite"}`;

  // Each step exits before the next starts: PGlite lets one process at a
  // time open its data folder, and the server must be the last.
  step("Generating the database client");
  await runOrExit("npm", ["run", "--silent", "db:generate"], { env });
  step(`Applying migrations to ${database}`);
  await runOrExit("npm", ["run", "--silent", "db:migrate"], { env });
  step("Adding the demo organisation, clients and dossiers");
  await runOrExit("npm", ["run", "--silent", "db:seed"], { env });
  step("Building the portal (next build)");
  const buildCode = await buildNext({ distDir: env.NEXT_DIST_DIR ?? ".next", env });
  if (buildCode !== 0) process.exit(buildCode);

  step("Starting the server");
  await runOrExit("npx", ["tsx", "scripts/check-config.ts"], { env });
  const server = spawn("node", ["server.mjs"], { env, stdio: "inherit" });
  let running = true;
  server.on("exit", (code) => {
    running = false;
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.kill(signal));
  }

  if (await waitForUrl(`http://127.0.0.1:${port}/inloggen`, { isAlive: () => running })) {
    printWelcome({ url, accounts: await readDemoAccounts(), database });
  }
}

await main();
