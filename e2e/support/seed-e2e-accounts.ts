// Run by scripts/e2e/serve.mjs against the run's fresh database, after the
// demo seed and before the server starts (PGlite allows one process only).
// Usage: tsx e2e/support/seed-e2e-accounts.ts <runId>
import { getConfig } from "@/lib/config/config";
import { hashPassword } from "@/lib/passwords/hash-password";
import { replaceDossierContent } from "@/prisma/seed/replace-dossier-content";
import { upsertDemoAccount } from "@/prisma/seed/upsert-demo-account";
import { upsertDemoClient } from "@/prisma/seed/upsert-demo-client";
import { seedExpiredInvitations } from "../account/support/expired-invitations";
import { openScriptDatabase } from "./open-script-database";
import { seedPreparedStates } from "./prepared-states";
import { E2E_ACCOUNT_COUNT, E2E_PASSWORD, e2eAccountEmail, e2eClient } from "./e2e-accounts";

async function seedE2eAccounts(runId: string): Promise<void> {
  const { db, close } = await openScriptDatabase();
  const clock = { today: new Date(), timeZone: getConfig().timeZone };
  // One hash for all: bcrypt is slow on purpose, and the password is shared.
  const hash = await hashPassword(E2E_PASSWORD);

  for (let index = 1; index <= E2E_ACCOUNT_COUNT; index += 1) {
    const client = e2eClient(runId, index);
    const account = { email: e2eAccountEmail(runId, index), name: client.name, role: "CLIENT" as const };
    const accountId = await upsertDemoAccount(db, { ...account, password: E2E_PASSWORD }, hash);
    const dossierId = await upsertDemoClient(db, client, accountId);
    await replaceDossierContent(db, dossierId, client, clock);
  }
  await seedExpiredInvitations(db, runId);
  await seedPreparedStates(db, runId, process.env.E2E_SERVER_PRODUCTION === "1");
  await close();
  console.log(`[e2e] added ${E2E_ACCOUNT_COUNT} accounts with a dossier each`);
}

const runId = process.argv[2];
if (!runId) throw new Error("Usage: seed-e2e-accounts.ts <runId>");
await seedE2eAccounts(runId);
