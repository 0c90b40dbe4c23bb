import { expect, test } from "../support/fixtures";
import { logout } from "../support/account-menu";

// The checks ops run against any deployment after a release:
//   BASE_URL=https://... SMOKE_EMAIL=... SMOKE_PASSWORD=... npm run e2e:smoke
// The deployment must keep its mail in the outbox (MAIL_TRANSPORT=outbox),
// where the sign-in code is read. Locally they use a fresh e2e account.
test.describe("smoke", { tag: "@smoke" }, () => {
  test("a client signs in, sees the overview and signs out", async ({
    page,
    login,
    smokeAccount,
  }) => {
    await login(smokeAccount);

    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation").first()).toBeVisible();

    await logout(page);
    await page.goto("/overzicht");
    await expect(page).toHaveURL(/\/inloggen/);
  });
});
