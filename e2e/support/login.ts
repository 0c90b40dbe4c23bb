import { expect, type Page } from "@playwright/test";
import type { TestAccount } from "./claim-account";
import { extractCode, type Outbox, type OutboxMail } from "./outbox";

// Step 1 of signing in: e-mail address and password. Returns the newest
// mail to the account from before, so that the code mail can be told apart.
export async function submitPassword(
  page: Page,
  outbox: Outbox,
  account: Pick<TestAccount, "email">,
  password: string,
): Promise<OutboxMail | undefined> {
  const before = await outbox.newest(account.email);

  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();

  return before;
}

// Step 2: the code from the newest mail, once it has arrived.
export async function submitCodeFromMail(
  page: Page,
  outbox: Outbox,
  email: string,
  before: OutboxMail | undefined,
): Promise<void> {
  await expect(page).toHaveURL(/\/inloggen\/code/);
  const mail = await outbox.waitForMail(email, { after: before });

  await page.getByLabel(/^(Code|Verificatiecode)/).fill(extractCode(mail));
  await page.getByRole("button", { name: "Bevestigen" }).click();
}

// The whole sign-in: password, then the e-mailed code; ends on the overview.
export async function login(page: Page, outbox: Outbox, account: TestAccount): Promise<void> {
  const before = await submitPassword(page, outbox, account, account.password);
  await submitCodeFromMail(page, outbox, account.email, before);

  await expect(page).toHaveURL(/\/overzicht$/);
}
