import { getTranslator } from "@/i18n/translator";
import { expect, test } from "../support/fixtures";

test.describe("requests the portal cannot read", () => {
  test("an undecodable path gets the Dutch 'not found' page, never a bare error", async ({
    page,
  }) => {
    const t = await getTranslator("errors");

    for (const path of ["/afspraken/%ff", "/rapportages/%C0%AE", "/activeren/%ff"]) {
      const response = await page.goto(path);

      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: t("notFoundTitle") })).toBeVisible();
    }
  });

  test("a body too large for any form gets a Dutch page, never a bare error", async ({
    request,
  }) => {
    const t = await getTranslator("errors");

    const response = await request.post("/inloggen", {
      multipart: { email: "iemand@example.test", password: "x".repeat(1_100_000) },
    });

    expect(response.status()).toBe(413);
    const page = await response.text();
    expect(page).toContain(t("tooLargeTitle"));
    expect(page).toContain(t("tooLargeText"));
  });

  test("every page is sent with headers that forbid framing and sniffing", async ({ page }) => {
    const response = await page.goto("/inloggen");
    const headers = response!.headers();

    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
});
