// Invites an admin, e.g. the first one of a new portal:
//   npm run admin:create -- --email beheer@example.org --name "Fatima el Amrani"
// Works on PostgreSQL (DATABASE_URL) and the embedded PGlite database; with
// PGlite, stop the server first (it allows one process at a time).
import nextEnv from "@next/env";

// The same settings the server reads (.env, .env.local, …), loaded before
// the modules that read them. The report below is this command's output;
// the log keeps to warnings unless LOG_LEVEL says otherwise.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", {
  info: () => {},
  error: console.error,
});
process.env.LOG_LEVEL ??= "warn";

const { createAdminFromCommand, parseCreateAdminArgs } =
  await import("../lib/accounts/admins/create-admin-command");
const { ConfigError } = await import("../lib/config/config");
const { getDb } = await import("../lib/db/client");

const output = {
  out: (line: string) => console.log(line),
  err: (line: string) => console.error(line),
};

const args = parseCreateAdminArgs(process.argv.slice(2));
if (!args.ok) {
  args.messages.forEach(args.exitCode === 0 ? output.out : output.err);
  process.exit(args.exitCode);
}

try {
  process.exitCode = await createAdminFromCommand(args.input, output);
  await (await getDb()).$disconnect();
} catch (error) {
  output.err(error instanceof ConfigError ? error.message : `Could not invite the admin: ${error}`);
  process.exitCode = 1;
}

process.exit();
