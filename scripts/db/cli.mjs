// Usage: node scripts/db/cli.mjs <deploy|create NAME|status|drift|reset>
// On DATABASE_URL (PostgreSQL) when set, else on the embedded PGlite database.
import { runCommand } from "./commands.mjs";
import { databaseTarget, openPglite } from "./target.mjs";
import { pgMigrationFactory } from "./pg-migration-factory.mjs";

const [command, ...args] = process.argv.slice(2);
const target = databaseTarget();
let adapterFactory;
let closeDatabase = async () => {};

if (target.kind === "pglite") {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite(target.dir);
  // Its shadow database is a throwaway in-memory PGlite.
  adapterFactory = new PrismaPGlite(pglite);
  closeDatabase = () => pglite.close();
} else {
  adapterFactory = pgMigrationFactory(target.url, process.env.SHADOW_DATABASE_URL);
}

try {
  await runCommand(command, args, adapterFactory);
} catch (error) {
  console.error(error.message ?? error);
  process.exitCode = 1;
}
await closeDatabase();

// The engine leaves an advisory-lock timer running for about ten seconds.
process.exit();
