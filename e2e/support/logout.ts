import { expect, type Page } from "@playwright/test";

// Signs out through the menu under the client's name, top right.
export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Menu van / }).click();
  await page.getByRole("button", { name: "Uitloggen" }).click();

  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
}
