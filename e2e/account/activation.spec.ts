import crypto from "node:crypto";
import { getTranslator } from "@/i18n/translator";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { PASSWORD_MIN_LENGTH } from "@/lib/passwords/password-rules";
import { expect, test } from "../admin/support/admin-fixtures";
import { extractLink } from "../support/outbox";
import { runId } from "../support/run-context";
import {
  chooseNewPassword,
  confirmWithMailedCode,
  pathOf,
  serverSettings,
} from "./support/account-flows";
import { expiredInvitationEmail } from "./support/expired-invitation-email";

const NEW_PASSWORD = "Met de pont over het IJ naar Noord";

test.describe("[CLIENT] activating an account", () => {
  test("an admin creates a client, who activates with a password and the e-mailed code and sees the dossier; the link then no longer works", async ({
    adminPage,
    page,
    outbox,
  }) => {
    const admin = await getTranslator("admin");
    const auth = await getTranslator("auth");
    const id = crypto.randomBytes(4).toString("hex");
    const name = `Nieuwe Cliënt ${id}`;
    const email = `activeren-${runId()}-${id}@e2e.carefriend.test`;

    await adminPage.goto("/admin/clienten/nieuw");
    await adminPage.getByLabel(admin("clients.form.name")).fill(name);
    await adminPage.getByLabel(admin("clients.form.clientNumber")).fill(`E2E-A-${id}`);
    await adminPage.getByLabel(admin("clients.form.email")).fill(email);
    await adminPage.getByRole("button", { name: admin("clients.new.submit") }).click();
    await expect(adminPage.getByText(admin("notices.CLIENT_CREATED"))).toBeVisible();

    const invitation = await outbox.waitForMail(email);
    const link = pathOf(extractLink(invitation, ACTIVATION_PATH));
    await page.goto(link);

    // The rules are there before anything is typed.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(auth("activation.title"));
    await expect(page.getByText(auth("passwordRules.title"))).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    // A broken rule is named next to the field; nothing is sent.
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("te kort");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("te kort");
    await page.getByRole("button", { name: auth("activation.submit") }).click();
    await expect(
      page.getByText(auth("passwordProblems.TOO_SHORT", { min: PASSWORD_MIN_LENGTH })),
    ).toBeVisible();
    expect(await outbox.newest(email)).toEqual(invitation);

    await chooseNewPassword(page, NEW_PASSWORD, auth("activation.submit"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(auth("activation.codeTitle"));
    await confirmWithMailedCode(page, outbox, email, invitation);

    await expect(page).toHaveURL(/\/overzicht$/);
    await expect(page.getByRole("button", { name: `Menu van ${name}` })).toBeVisible();

    // The link has been used: it shows the same page as any dead link.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      auth("activation.invalidTitle"),
    );
    await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveCount(0);
  });

  test("an expired activation link says to ask the administration for a new one", async ({
    page,
    outbox,
  }, testInfo) => {
    const auth = await getTranslator("auth");
    const email = expiredInvitationEmail(runId(), testInfo.project.name);
    const invitation = await outbox.waitForMail(email);

    await page.goto(pathOf(extractLink(invitation, ACTIVATION_PATH)));

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      auth("activation.invalidTitle"),
    );
    const contact = serverSettings();
    await expect(
      page.getByText(
        auth("activation.contact", { email: contact.SUPPORT_EMAIL, phone: contact.SUPPORT_PHONE }),
      ),
    ).toBeVisible();
    await expect(page.getByText(email)).toHaveCount(0);
    await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveCount(0);
  });
});
