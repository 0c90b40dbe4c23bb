import fs from "node:fs";
import path from "node:path";
import type { SeedClient } from "@/prisma/seed/seed-types";
import { E2E_ACCOUNT_COUNT, E2E_PASSWORD, e2eAccountEmail, e2eClient } from "./e2e-accounts";
import { deploymentUrl, runDir, runId } from "./run-context";

export type TestAccount = { email: string; password: string; name: string };

// A fresh account and what its dossier holds.
export type E2eAccount = TestAccount & { index: number; client: SeedClient };

// Hands out one of the run's e2e accounts that no other test has had.
// Creating a file with the `wx` flag fails if it exists, on every worker
// alike, so two tests can never claim the same account.
export function claimAccount(): E2eAccount {
  if (deploymentUrl) {
    throw new Error("Fresh accounts exist only on the local test server; unset BASE_URL.");
  }
  const claims = path.join(runDir(), "claims");
  fs.mkdirSync(claims, { recursive: true });

  for (let index = 1; index <= E2E_ACCOUNT_COUNT; index += 1) {
    try {
      fs.writeFileSync(path.join(claims, String(index)), "", { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    const client = e2eClient(runId(), index);
    return {
      index,
      client,
      email: e2eAccountEmail(runId(), index),
      password: E2E_PASSWORD,
      name: client.name,
    };
  }
  throw new Error(`All ${E2E_ACCOUNT_COUNT} e2e accounts are used; raise E2E_ACCOUNT_COUNT.`);
}
