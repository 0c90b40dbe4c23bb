// Accounts made for one end-to-end run, before its server starts, so that
// every test that signs in (or fails to) has an account nobody else uses:
// lockouts, rate limits and codes of one test never reach another. Each
// holds a copy of one demo client's dossier, so tests can check content.
import { DEMO_CLIENTS } from "@/prisma/seed/demo-clients";
import type { SeedClient } from "@/prisma/seed/seed-types";

export const E2E_PASSWORD = "Zonnige-Fietstocht-2026";

// Enough for every sign-in test in both projects, with room to grow.
export const E2E_ACCOUNT_COUNT = Number(process.env.E2E_ACCOUNT_COUNT ?? 60);

export function e2eAccountEmail(runId: string, index: number): string {
  return `e2e-${runId}-${index}@e2e.carefriend.test`;
}

// The dossier of e2e account `index`: a demo client's content under a
// client number and name of its own.
export function e2eClient(runId: string, index: number): SeedClient {
  const template = DEMO_CLIENTS[(index - 1) % DEMO_CLIENTS.length]!;

  // Numbers of one width: no name or client number is the start of another.
  // In capitals, as the admin forms store every client number.
  const number = String(index).padStart(3, "0");

  return { ...template, clientNumber: `E2E-${runId.toUpperCase()}-${number}`, name: `Proef Persoon ${number}` };
}
