import { getTranslator } from "@/i18n/translator";
import { expect, test } from "../support/fixtures";
import { login, submitPassword } from "../support/login";
import { logout, openAccountMenu } from "../support/account-menu";
import { Outbox } from "../support/outbox";
import { serverSettings } from "./support/account-flows";

const NEW_PASSWORD = "Schaatsen op de Weissensee in januari";

test.describe("[CLIENT] changing the password", () => {
  test("from Informatie: this session stays, the other browser is signed out, a notice is mailed, and only the new password works", async ({
    page,
    login: signIn,
    outbox,
    browser,
    baseURL,
    clientIp,
    freshAccount,
  }) => {
    const auth = await getTranslator("auth");
    const account = await getTranslator("account");
    const email = await getTranslator("email");

    const other = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "X-Forwarded-For": clientIp },
    });
    const otherPage = await other.newPage();
    await login(otherPage, new Outbox(other.request), freshAccount);
    await signIn(freshAccount);

    await openAccountMenu(page);
    await page.getByRole("link", { name: "Informatie" }).click();
    await expect(page).toHaveURL(/\/informatie$/);
    const section = page.getByRole("region", { name: account("changePassword.title") });
    await expect(section.getByText(auth("passwordRules.title"))).toBeVisible();

    // A wrong current password is refused.
    await section.getByLabel(account("changePassword.current")).fill("niet het goede wachtwoord");
    await section.getByLabel("Nieuw wachtwoord", { exact: true }).fill(NEW_PASSWORD);
    await section.getByLabel("Herhaal het nieuwe wachtwoord").fill(NEW_PASSWORD);
    await section.getByRole("button", { name: account("changePassword.submit") }).click();
    await expect(section.getByText(auth("errors.CURRENT_PASSWORD_WRONG"))).toBeVisible();

    const before = await outbox.newest(freshAccount.email);
    await section.getByLabel(account("changePassword.current")).fill(freshAccount.password);
    await section.getByLabel("Nieuw wachtwoord", { exact: true }).fill(NEW_PASSWORD);
    await section.getByLabel("Herhaal het nieuwe wachtwoord").fill(NEW_PASSWORD);
    await section.getByRole("button", { name: account("changePassword.submit") }).click();
    await expect(section.getByText(account("changePassword.success", { ended: 1 }))).toBeVisible();

    const notice = await outbox.waitForMail(freshAccount.email, { after: before });
    expect(notice.subject).toBe(
      email("passwordChanged.subject", { portalName: serverSettings().PORTAL_NAME }),
    );

    // This browser is still signed in; the other one is not.
    await page.goto("/zorgplan");
    await expect(page).toHaveURL(/\/zorgplan$/);
    await otherPage.goto("/zorgplan");
    await expect(otherPage).toHaveURL(/\/inloggen/);
    await other.close();

    await logout(page);
    await submitPassword(page, outbox, freshAccount, freshAccount.password);
    await expect(page.getByText(auth("errors.INVALID_CREDENTIALS"))).toBeVisible();
    await login(page, outbox, { ...freshAccount, password: NEW_PASSWORD });
  });
});
