// Fills the database (PGlite, or DATABASE_URL) with Nora Zorg's demo
// accounts and dossiers. Run with `npm run db:seed`; running it again
// refreshes the demo instead of adding to it.
import { getConfig } from "../lib/config/config";
import { getDb } from "../lib/db/client";
import { hashPassword } from "../lib/passwords/hash-password";
import { DEMO_ACCOUNTS } from "./seed/demo-accounts";
import { resetDemoRateLimits } from "./seed/reset-demo-rate-limits";
import { seedDemoData } from "./seed/seed-demo-data";

async function main(): Promise<void> {
  const config = getConfig();

  // Demo accounts have published passwords. A demo host runs in production
  // mode with mail kept in the outbox; a live portal sends real mail, and
  // gets demo accounts only when someone asks for them on purpose.
  const livePortal = config.isProduction && config.mail.transport !== "outbox";
  if (livePortal && process.env.ALLOW_DEMO_SEED !== "1") {
    console.error(
      "Refusing to add demo accounts to a production portal that sends real mail. " +
        "Set ALLOW_DEMO_SEED=1 if this really is a demo host.",
    );
    process.exit(1);
  }

  const db = await getDb();
  const summary = await seedDemoData(db, { hashPassword, timeZone: config.timeZone });
  await resetDemoRateLimits(db);

  console.log(`Seeded ${summary.accounts} demo accounts and ${summary.clients} client dossiers:`);
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(6)} ${account.email}`);
  }
  await db.$disconnect();
}

// An open PGlite database keeps a timer running, so the process would not
// end by itself; everything is written by now (as in scripts/db/cli.mjs).
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
