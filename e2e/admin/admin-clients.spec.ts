import crypto from "node:crypto";
import { getTranslator } from "@/i18n/translator";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { submitPassword } from "../support/login";
import { extractLink } from "../support/outbox";
import { runId } from "../support/run-context";
import { expect, test } from "./support/admin-fixtures";

test.describe("[ADMIN] managing clients", () => {
  test("an admin creates a client, and the activation mail goes to that address", async ({
    adminPage: page,
    outbox,
  }) => {
    const t = await getTranslator("admin");
    const id = crypto.randomBytes(4).toString("hex");
    const email = `nieuw-${runId()}-${id}@e2e.carefriend.test`;

    await page.goto("/admin/clienten");
    await page.getByRole("link", { name: t("clients.list.new"), exact: true }).click();
    await page.getByLabel(t("clients.form.name")).fill(`Nieuwe Cliënt ${id}`);
    await page.getByLabel(t("clients.form.clientNumber")).fill(`E2E-N-${id}`);
    await page.getByLabel(t("clients.form.email")).fill(email.toUpperCase());
    await page.getByLabel(t("clients.form.dateOfBirth")).fill("14-03-1941");
    await page.getByRole("button", { name: t("clients.new.submit") }).click();

    await expect(page.getByText(t("notices.CLIENT_CREATED"))).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nieuwe Cliënt ${id}`);
    await expect(page.getByText(t("states.INVITED"), { exact: true })).toBeVisible();

    const mail = await outbox.waitForMail(email);
    expect(mail.subject).toBe("Activeer uw account voor Mijn norazorg");
    expect(new URL(extractLink(mail, ACTIVATION_PATH)).pathname).toMatch(
      new RegExp(`^${ACTIVATION_PATH}/[\\w-]{43}$`),
    );
  });

  test("a duplicate address is refused next to the field, and nothing is created", async ({
    adminPage: page,
    freshAccount,
  }) => {
    const t = await getTranslator("admin");

    await page.goto("/admin/clienten/nieuw");
    await page.getByLabel(t("clients.form.name")).fill("Dubbel Adres");
    await page
      .getByLabel(t("clients.form.clientNumber"))
      .fill(`E2E-D-${crypto.randomUUID().slice(0, 8)}`);
    await page.getByLabel(t("clients.form.email")).fill(freshAccount.email);
    await page.getByRole("button", { name: t("clients.new.submit") }).click();

    await expect(page.getByText(t("fieldErrors.EMAIL_TAKEN"))).toBeVisible();
    await expect(page.getByLabel(t("clients.form.email"))).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/admin\/clienten\/nieuw$/);
  });

  test("deactivating a client ends their open session, and they cannot sign in again", async ({
    adminPage,
    page,
    login,
    outbox,
    freshAccount,
  }) => {
    const t = await getTranslator("admin");
    const auth = await getTranslator("auth");
    await login(freshAccount);

    await adminPage.goto(`/admin/clienten?zoek=${encodeURIComponent(freshAccount.email)}`);
    await adminPage.getByRole("link", { name: freshAccount.name }).click();
    await adminPage.getByRole("button", { name: t("accountActions.deactivate") }).click();
    const dialog = adminPage.getByRole("dialog", { name: t("accountActions.deactivateTitle") });
    await dialog.getByRole("button", { name: t("accountActions.deactivateConfirm") }).click();
    await expect(adminPage.getByText(t("notices.ACCOUNT_DEACTIVATED"))).toBeVisible();
    await expect(adminPage.getByText(t("states.DEACTIVATED"), { exact: true })).toBeVisible();

    await page.goto("/zorgplan");
    await expect(page).toHaveURL(/\/inloggen/);

    const before = await submitPassword(page, outbox, freshAccount, freshAccount.password);
    await expect(page.getByText(auth("errors.INVALID_CREDENTIALS"))).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen$/);
    expect(await outbox.newest(freshAccount.email)).toEqual(before);
  });
});

test.describe("[CLIENT] the admin area", () => {
  test("is not found for a signed-in client, on every admin page", async ({
    page,
    login,
    freshAccount,
  }) => {
    const errors = await getTranslator("errors");
    await login(freshAccount);

    for (const path of [
      "/admin",
      "/admin/clienten",
      "/admin/clienten/nieuw",
      "/admin/beheerders",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: errors("notFoundTitle") })).toBeVisible();
    }
  });

  test("sends a signed-out visitor to sign in", async ({ page }) => {
    await page.goto("/admin/clienten");

    await expect(page).toHaveURL(/\/inloggen/);
  });
});
