// Accounts made for one end-to-end run, before its server starts, so that
// every test that signs in (or fails to) has an account nobody else uses:
// lockouts, rate limits and codes of one test never reach another.

export const E2E_PASSWORD = "Zonnige-Fietstocht-2026";

// Enough for every sign-in test in both projects, with room for retries.
export const E2E_ACCOUNT_COUNT = Number(process.env.E2E_ACCOUNT_COUNT ?? 80);

export function e2eAccountEmail(runId: string, index: number): string {
  return `e2e-${runId}-${index}@e2e.carefriend.test`;
}

export function e2eAccountName(index: number): string {
  return `Proef Persoon ${index}`;
}

// Content every e2e account's dossier holds, so that tests can recognise it.
export const E2E_DOSSIER = {
  reportText: "Rustige ochtend gehad, samen de krant gelezen.",
  appointmentDescription: "Hulp bij douchen en aankleden",
  carePlanGoal: "Zelfstandig blijven wonen",
};
