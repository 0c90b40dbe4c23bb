import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_CLIENTS } from "./demo-clients";
import { replaceDossierContent } from "./replace-dossier-content";
import { upsertDemoAccount } from "./upsert-demo-account";
import { upsertDemoClient } from "./upsert-demo-client";

export type SeedOptions = {
  hashPassword: (plain: string) => Promise<string>;
  now?: Date;
  timeZone: string;
};

export type SeedSummary = { accounts: number; clients: number };

// Nora Zorg's demo: the accounts of DEMO_ACCOUNTS, and for each client
// account a client, a dossier, a SELF grant and the dossier's content.
// Safe to run again: it updates what is there and adds nothing twice.
export async function seedDemoData(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const clock = { today: options.now ?? new Date(), timeZone: options.timeZone };
  const clientsByNumber = new Map(DEMO_CLIENTS.map((client) => [client.clientNumber, client]));
  let clients = 0;

  for (const demo of DEMO_ACCOUNTS) {
    const accountId = await upsertDemoAccount(db, demo, await options.hashPassword(demo.password));
    if (!demo.clientNumber) continue;

    const client = clientsByNumber.get(demo.clientNumber);
    if (!client) throw new Error(`No demo dossier for client number ${demo.clientNumber}`);

    const dossierId = await upsertDemoClient(db, client, accountId);
    await replaceDossierContent(db, dossierId, client, clock);
    clients += 1;
  }

  return { accounts: DEMO_ACCOUNTS.length, clients };
}
