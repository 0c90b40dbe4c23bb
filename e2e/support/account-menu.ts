import { expect, type Page } from "@playwright/test";

// Opens the menu under the client's name, top right. A click that lands
// before the page is hydrated does nothing, so it is tried again until the
// menu shows.
export async function openAccountMenu(page: Page): Promise<void> {
  const menuButton = page.getByRole("button", { name: /^Menu van / });
  const logoutButton = page.getByRole("button", { name: "Uitloggen" });

  await expect(async () => {
    if (!(await logoutButton.isVisible())) await menuButton.click();
    await expect(logoutButton).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

// Signs out through that menu.
export async function logout(page: Page): Promise<void> {
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Uitloggen" }).click();

  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
}
