import crypto from "node:crypto";
import { getTranslator } from "@/i18n/translator";
import { PASSWORD_RESET_PATH } from "@/lib/accounts/tokens/action-links";
import { RESET_LINK_VALID_MINUTES } from "@/lib/auth/constants";
import { expect, test } from "../support/fixtures";
import { login, submitPassword } from "../support/login";
import { logout } from "../support/account-menu";
import { extractLink, Outbox } from "../support/outbox";
import {
  chooseNewPassword,
  confirmWithMailedCode,
  pathOf,
  serverSettings,
} from "./support/account-flows";

const NEW_PASSWORD = "Fietsen over de Afsluitdijk met wind mee";

test.describe("[CLIENT] forgotten password", () => {
  test("a known and an unknown address get the same answer; only the known one gets mail", async ({
    page,
    outbox,
    freshAccount,
  }) => {
    const auth = await getTranslator("auth");
    const unknown = `onbekend-${crypto.randomUUID()}@e2e.carefriend.test`;
    const answer = page.getByText(
      auth("forgotPassword.sent", { minutes: RESET_LINK_VALID_MINUTES }),
    );

    await page.goto("/inloggen");
    await page.getByRole("link", { name: auth("login.forgotPassword") }).click();
    await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);

    for (const email of [freshAccount.email, unknown]) {
      await page.getByLabel(auth("forgotPassword.email")).fill(email);
      await page.getByRole("button", { name: auth("forgotPassword.submit") }).click();
      await expect(answer).toBeVisible();
      // One answer and one field, however often the form was sent: the
      // answer and the field are keyed apart, so neither is repeated.
      await expect(answer).toHaveCount(1);
      await expect(page.getByLabel(auth("forgotPassword.email"))).toHaveCount(1);
      await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
    }

    const mail = await outbox.waitForMail(freshAccount.email);
    expect(new URL(extractLink(mail, PASSWORD_RESET_PATH)).pathname).toMatch(
      new RegExp(`^${PASSWORD_RESET_PATH}/[\\w-]{43}$`),
    );
    expect(await outbox.list(unknown)).toEqual([]);
  });

  test("after a reset the other browser is signed out, the old password fails and the new one works", async ({
    page,
    outbox,
    browser,
    baseURL,
    clientIp,
    freshAccount,
  }) => {
    const auth = await getTranslator("auth");
    // Another browser where the client is still signed in.
    const other = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "X-Forwarded-For": clientIp },
    });
    const otherPage = await other.newPage();
    await login(otherPage, new Outbox(other.request), freshAccount);

    const email = await getTranslator("email");
    const before = await outbox.newest(freshAccount.email);
    await page.goto("/wachtwoord-vergeten");
    await page.getByLabel(auth("forgotPassword.email")).fill(freshAccount.email);
    await page.getByRole("button", { name: auth("forgotPassword.submit") }).click();
    const resetMail = await outbox.waitForMail(freshAccount.email, { after: before });
    await page.goto(pathOf(extractLink(resetMail, PASSWORD_RESET_PATH)));

    await chooseNewPassword(page, NEW_PASSWORD, auth("reset.submit"));
    const codeMail = await confirmWithMailedCode(page, outbox, freshAccount.email, resetMail);
    await expect(page).toHaveURL(/\/overzicht$/);

    // The password-changed notice went to the account's address.
    const notice = await outbox.waitForMail(freshAccount.email, { after: codeMail });
    expect(notice.subject).toBe(
      email("passwordChanged.subject", { portalName: serverSettings().PORTAL_NAME }),
    );

    await otherPage.goto("/zorgplan");
    await expect(otherPage).toHaveURL(/\/inloggen/);
    await other.close();

    await logout(page);
    await submitPassword(page, outbox, freshAccount, freshAccount.password);
    await expect(page.getByText(auth("errors.INVALID_CREDENTIALS"))).toBeVisible();
    await login(page, outbox, { ...freshAccount, password: NEW_PASSWORD });
  });
});
