import { expect, type Page } from "@playwright/test";
import { configSchema } from "@/lib/config/schema";
import { extractCode, type Outbox, type OutboxMail } from "../../support/outbox";

// Steps shared by the activation and reset tests.

// Types the new password twice on a link's page and asks for the code.
export async function chooseNewPassword(page: Page, password: string, submit: string) {
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
  await page.getByRole("button", { name: submit }).click();

  await expect(page).toHaveURL(/\/code$/);
}

// Types the code from the newest mail after `before`; returns that mail.
export async function confirmWithMailedCode(
  page: Page,
  outbox: Outbox,
  email: string,
  before: OutboxMail | undefined,
): Promise<OutboxMail> {
  const mail = await outbox.waitForMail(email, { after: before });
  await page.getByLabel("Code", { exact: true }).fill(extractCode(mail));
  await page.getByRole("button", { name: "Bevestigen" }).click();

  return mail;
}

// A path from a mailed link, to open on the server under test.
export function pathOf(link: string): string {
  const url = new URL(link);

  return `${url.pathname}${url.search}`;
}

// The settings the server under test runs with: it inherits the runner's
// environment (playwright.config.ts), so the defaults apply unless set.
export function serverSettings() {
  return configSchema.parse({
    SUPPORT_EMAIL: process.env.SUPPORT_EMAIL,
    SUPPORT_PHONE: process.env.SUPPORT_PHONE,
    PORTAL_NAME: process.env.PORTAL_NAME,
  });
}
