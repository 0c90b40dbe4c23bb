import { getTranslator } from "@/i18n/translator";
import { MAX_CODE_ATTEMPTS } from "@/lib/auth/constants";
import { logout } from "../support/account-menu";
import { expect, test } from "../support/fixtures";
import { submitPassword } from "../support/login";
import { extractCode } from "../support/outbox";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A code of the right shape that is not the one in the mail.
function otherCode(code: string): string {
  return String((Number(code) + 1) % 10 ** code.length).padStart(code.length, "0");
}

test.describe("signing in", () => {
  test("with the password and then the e-mailed code, the client reaches the overview", async ({
    page,
    login,
    freshAccount,
  }) => {
    await login(freshAccount);

    await expect(page.getByRole("button", { name: `Menu van ${freshAccount.name}` })).toBeVisible();
  });

  test("a wrong password and an unknown address get the same message, and no code", async ({
    page,
    outbox,
    freshAccount,
  }) => {
    const t = await getTranslator("auth");
    const message = page.getByText(t("errors.INVALID_CREDENTIALS"));

    await submitPassword(page, outbox, freshAccount, `${freshAccount.password}-fout`);
    await expect(message).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen$/);

    const unknown = { email: freshAccount.email.replace(/^e2e-/, "onbekend-") };
    await submitPassword(page, outbox, unknown, freshAccount.password);
    await expect(message).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen$/);

    expect(await outbox.newest(freshAccount.email)).toBeUndefined();
  });

  test(`after ${MAX_CODE_ATTEMPTS} wrong codes the client starts again at the password`, async ({
    page,
    outbox,
    freshAccount,
  }) => {
    const t = await getTranslator("auth");
    await submitPassword(page, outbox, freshAccount, freshAccount.password);
    await expect(page).toHaveURL(/\/inloggen\/code/);
    const wrong = otherCode(extractCode(await outbox.waitForMail(freshAccount.email)));

    for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt += 1) {
      await page.getByLabel("Code").fill(wrong);
      await page.getByRole("button", { name: "Bevestigen" }).click();
      const attemptsLeft = MAX_CODE_ATTEMPTS - attempt;
      await expect(page.getByText(t("errors.CODE_INVALID", { attemptsLeft }))).toBeVisible();
    }
    await page.getByLabel("Code").fill(wrong);
    await page.getByRole("button", { name: "Bevestigen" }).click();

    await expect(page).toHaveURL(/\/inloggen(\?.*)?$/);
    await expect(
      page.getByText(t("errors.CHALLENGE_VOIDED", { max: MAX_CODE_ATTEMPTS })),
    ).toBeVisible();
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toBeVisible();
  });

  test("a new code cannot be sent again right after the previous one", async ({
    page,
    outbox,
    freshAccount,
  }) => {
    await submitPassword(page, outbox, freshAccount, freshAccount.password);
    await expect(page).toHaveURL(/\/inloggen\/code/);
    const first = await outbox.waitForMail(freshAccount.email);

    const resend = page.getByRole("button", { name: "Nieuwe code sturen" });
    await expect(resend).toBeDisabled();

    // The server refuses as well, whatever the page allows.
    await resend.evaluate((button) => button.removeAttribute("disabled"));
    await resend.click();
    const tooSoon = (await getTranslator("auth"))("errors.RESEND_TOO_SOON", { seconds: 42 });
    const pattern = escapeRegExp(tooSoon).replace("42 seconden", "\\d+ seconden?");
    await expect(page.getByRole("alert").filter({ hasText: new RegExp(pattern) })).toBeVisible();

    expect(await outbox.newest(freshAccount.email)).toEqual(first);
  });
});

test.describe("signing out and sessions", () => {
  test("signing out closes the dossier", async ({ page, login, freshAccount }) => {
    await login(freshAccount);

    await logout(page);
    const t = await getTranslator("auth");
    await expect(page.getByText(t("login.loggedOut"))).toBeVisible();

    await page.goto("/overzicht");
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test("a session ended on the server is refused, even with its cookie", async ({
    page,
    context,
    browser,
    baseURL,
    clientIp,
    login,
    freshAccount,
  }) => {
    await login(freshAccount);
    // A second browser holding a copy of the same session cookie.
    const copy = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "X-Forwarded-For": clientIp },
    });
    await copy.addCookies(await context.cookies());
    const copyPage = await copy.newPage();
    await copyPage.goto("/zorgplan");
    await expect(copyPage).toHaveURL(/\/zorgplan$/);

    await logout(page);

    await copyPage.goto("/zorgplan");
    await expect(copyPage).toHaveURL(/\/inloggen/);
    await copy.close();
  });

  test("without a session every dossier page sends the visitor to sign in", async ({ page }) => {
    for (const path of [
      "/overzicht",
      "/zorgplan",
      "/afspraken",
      "/rapportages",
      "/contactmomenten",
      "/informatie",
    ]) {
      await page.goto(path);
      await expect(page, `${path} without a session`).toHaveURL(/\/inloggen/);
    }
  });
});
