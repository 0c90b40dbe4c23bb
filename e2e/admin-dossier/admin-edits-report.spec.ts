import crypto from "node:crypto";
import type { Page, TestInfo } from "@playwright/test";
import { getTranslator } from "@/i18n/translator";
import { seedId } from "@/prisma/seed/seed-id";
import { expect, test } from "../admin/support/admin-fixtures";
import type { E2eAccount } from "../support/fixtures";

// The client's newest report (first in the lists), and its id: the seed
// gives records stable ids.
function newestReport(account: E2eAccount) {
  const { reports, clientNumber } = account.client;
  const newest = reports.reduce((latest, report) => {
    const later = report.day - latest.day || report.time.localeCompare(latest.time);

    return later > 0 ? report : latest;
  });

  return { ...newest, id: seedId(clientNumber, "report", reports.indexOf(newest)) };
}

// The admin's own browser, sized like the project's (phone or desktop).
async function openAdminPage(
  newContext: (options: object) => Promise<{ newPage: () => Promise<Page> }>,
  testInfo: TestInfo,
): Promise<Page> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId } =
    testInfo.project.use;
  const context = await newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    locale,
    timezoneId,
  });

  return context.newPage();
}

test.describe("[ADMIN] the client's dossier", () => {
  test("an admin edits a report and the client sees the change", async ({
    browser,
    baseURL,
    adminState,
    clientIp,
    page,
    login,
    freshAccount,
  }, testInfo) => {
    const admin = await getTranslator("admin");
    const t = await getTranslator("adminDossier");
    // The account is this test's alone, so its report can change freely.
    const report = newestReport(freshAccount);
    const newText = `Rustige dag. Aangevuld door de administratie (${testInfo.project.name}).`;

    const adminPage = await openAdminPage(
      (options) =>
        browser.newContext({
          ...options,
          baseURL,
          storageState: adminState,
          extraHTTPHeaders: { "X-Forwarded-For": clientIp },
        }),
      testInfo,
    );
    await adminPage.goto(`/admin/clienten?zoek=${encodeURIComponent(freshAccount.email)}`);
    await adminPage.getByRole("link", { name: freshAccount.name }).click();
    await adminPage.getByRole("link", { name: admin("clients.details.dossier") }).click();
    await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(
      t("header.title", { name: freshAccount.name }),
    );

    await adminPage
      .getByRole("navigation", { name: t("header.navLabel") })
      .getByRole("link", { name: t("nav.rapportages") })
      .click();
    await adminPage.locator(`a[href$="/rapportages/${report.id}/bewerken"]`).click();
    await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(t("reports.editTitle"));
    await expect(adminPage.getByLabel(t("reports.text"))).toHaveValue(report.text);

    // The browser takes a little more than the rule allows, so the rule's
    // message is shown, but not a paste so large the post could not be read.
    const maxLength = Number(
      await adminPage.getByLabel(t("reports.text")).getAttribute("maxlength"),
    );
    expect(maxLength).toBeGreaterThan(10_000);
    expect(maxLength).toBeLessThanOrEqual(100_000);

    // Too long first: refused next to the field, nothing saved.
    await adminPage.getByLabel(t("reports.text")).fill("x".repeat(10_001));
    await adminPage.getByRole("button", { name: t("reports.save") }).click();
    await expect(adminPage.getByText(t("fieldErrors.TOO_LONG", { max: 10_000 }))).toBeVisible();
    await expect(adminPage.getByLabel(t("reports.text"))).toHaveAttribute("aria-invalid", "true");
    await expect(adminPage.getByLabel(t("reports.text"))).toBeFocused();

    await adminPage.getByLabel(t("reports.text")).fill(newText);
    await adminPage.getByRole("button", { name: t("reports.save") }).click();
    await expect(adminPage.getByText(t("notices.REPORT_UPDATED"))).toBeVisible();
    await expect(adminPage.getByText(newText)).toBeVisible();
    await adminPage.context().close();

    await login(freshAccount);
    await page.goto(`/rapportages/${report.id}`);
    await expect(page.getByText(newText)).toBeVisible();
    await expect(page.getByText(report.text)).toHaveCount(0);
  });
});

test.describe("[ADMIN] a new report refused for its date", () => {
  test("keeps the chosen kind, so the corrected report saves at once", async ({
    adminPage: page,
    freshAccount,
  }) => {
    const admin = await getTranslator("admin");
    const t = await getTranslator("adminDossier");
    const dossier = await getTranslator("dossier");
    const nextYear = new Date().getFullYear() + 1;
    // Yesterday, so the saved report is among the newest, on the list's first page.
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const text = `Nieuwe rapportage met de soort bewaard (${crypto.randomUUID()}).`;

    await page.goto(`/admin/clienten?zoek=${encodeURIComponent(freshAccount.email)}`);
    await page.getByRole("link", { name: freshAccount.name }).click();
    await page.getByRole("link", { name: admin("clients.details.dossier") }).click();
    await page
      .getByRole("navigation", { name: t("header.navLabel") })
      .getByRole("link", { name: t("nav.rapportages") })
      .click();
    await page.getByRole("link", { name: t("reports.add") }).click();

    await page.getByLabel(t("reports.writtenAt")).fill(`${nextYear}-01-15T10:00`);
    await page.getByLabel(t("reports.author")).fill("Sanne Mulder");
    await page.getByLabel(t("reports.category")).selectOption({
      label: dossier("categories.WELLBEING"),
    });
    await page.getByLabel(t("reports.text")).fill(text);
    await page.getByRole("button", { name: t("reports.save") }).click();

    await expect(page.getByText(t("fieldErrors.IN_FUTURE"))).toBeVisible();
    await expect(page.getByLabel(t("reports.category"))).toHaveValue("WELLBEING");

    await page.getByLabel(t("reports.writtenAt")).fill(`${yesterday}T10:00`);
    await page.getByRole("button", { name: t("reports.save") }).click();
    await expect(page.getByText(t("notices.REPORT_CREATED"))).toBeVisible();
    await expect(page.getByText(text)).toBeVisible();
  });
});
