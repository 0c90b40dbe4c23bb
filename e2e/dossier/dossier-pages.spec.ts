import { getTranslator } from "@/i18n/translator";
import { DEMO_CLIENTS } from "@/prisma/seed/demo-clients";
import { seedId } from "@/prisma/seed/seed-id";
import type { SeedClient } from "@/prisma/seed/seed-types";
import { openAccountMenu } from "../support/account-menu";
import { E2E_ACCOUNT_COUNT, e2eClient } from "../support/e2e-accounts";
import { expect, test } from "../support/fixtures";
import { runId } from "../support/run-context";

// Every e2e account's dossier is a copy of a demo client's (see
// e2e/support/e2e-accounts.ts); these tests look for that content.

function currentPlan(client: SeedClient) {
  return client.carePlans.reduce((latest, plan) => (plan.version > latest.version ? plan : latest));
}

function byMoment<T extends { day: number; time: string }>(a: T, b: T): number {
  return a.day - b.day || a.time.localeCompare(b.time);
}

test.describe("the client's dossier", () => {
  test.beforeEach(async ({ login, freshAccount }) => {
    await login(freshAccount);
  });

  test("the overview greets the client and sums up the current care plan", async ({
    page,
    freshAccount,
  }) => {
    const t = await getTranslator("dossier");

    await expect(page.getByRole("heading", { level: 1, name: t("overview.title") })).toBeVisible();
    await expect(page.getByText(t("overview.greeting", { name: freshAccount.name }))).toBeVisible();
    await expect(page.getByText(currentPlan(freshAccount.client).summary)).toBeVisible();
  });

  test("the care plan shows the current version's goals and agreements", async ({
    page,
    freshAccount,
  }) => {
    await page.goto("/zorgplan");
    const plan = currentPlan(freshAccount.client);

    for (const goal of plan.goals) {
      await expect(page.getByText(goal.title, { exact: true }).first()).toBeVisible();
    }
    for (const agreement of plan.agreements) {
      await expect(page.getByText(agreement.description, { exact: true }).first()).toBeVisible();
    }
  });

  test("appointments are listed, and one opens in full", async ({ page, freshAccount }) => {
    const { client } = freshAccount;
    await page.goto("/afspraken");

    for (const description of new Set(client.appointments.map((a) => a.description))) {
      await expect(page.getByRole("link", { name: description }).first()).toBeVisible();
    }

    const index = client.appointments.findIndex((a) => a.day >= 1 && !a.cancelReason);
    const appointment = client.appointments[index]!;
    await page.goto(`/afspraken/${seedId(client.clientNumber, "appointment", index)}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(appointment.description);
    await expect(page.getByText(appointment.location).first()).toBeVisible();
    await expect(page.getByText(appointment.careWorker).first()).toBeVisible();
  });

  test("reports are listed newest first, and one opens in full", async ({ page, freshAccount }) => {
    const { client } = freshAccount;
    await page.goto("/rapportages");

    const newest = [...client.reports].sort(byMoment).at(-1)!;
    const firstListed = page.getByRole("article").first();
    await expect(firstListed).toContainText(newest.text);

    const index = client.reports.indexOf(newest);
    await page.goto(`/rapportages/${seedId(client.clientNumber, "report", index)}`);
    await expect(page.getByText(newest.text)).toBeVisible();
    await expect(page.getByText(newest.author).first()).toBeVisible();
  });

  test("contact moments are all listed", async ({ page, freshAccount }) => {
    await page.goto("/contactmomenten");

    for (const moment of freshAccount.client.contactMoments) {
      await expect(page.getByText(moment.summary).first()).toBeVisible();
    }
  });

  test("'Informatie' shows the account's own details", async ({ page, freshAccount }) => {
    await openAccountMenu(page);
    await page.getByRole("link", { name: "Informatie" }).click();
    await expect(page).toHaveURL(/\/informatie$/);

    await expect(page.getByText(freshAccount.name, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(freshAccount.email, { exact: true })).toBeVisible();
    await expect(page.getByText(freshAccount.client.clientNumber, { exact: true })).toBeVisible();
    // Signed in once so far: there is no earlier sign-in to show yet.
    const t = await getTranslator("account");
    await expect(page.getByText(t("details.noPreviousLogin"))).toBeVisible();
  });

  test("another client's records are not found", async ({ page, freshAccount }) => {
    const t = await getTranslator("dossier");
    const other = e2eClient(runId(), (freshAccount.index % E2E_ACCOUNT_COUNT) + 1);
    const ownReport = `/rapportages/${seedId(freshAccount.client.clientNumber, "report", 0)}`;

    for (const path of [
      `/rapportages/${seedId(other.clientNumber, "report", 0)}`,
      `/afspraken/${seedId(other.clientNumber, "appointment", 0)}`,
      `/rapportages/${seedId(DEMO_CLIENTS[0]!.clientNumber, "report", 0)}`,
      "/afspraken/00000000-0000-4000-8000-000000000000",
      "/rapportages/geen-geldig-id",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: t("layout.notFoundTitle") })).toBeVisible();
    }

    // The same kind of link to the client's own record works.
    const response = await page.goto(ownReport);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(freshAccount.client.reports[0]!.text)).toBeVisible();
  });
});
