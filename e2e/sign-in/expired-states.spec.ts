import { getTranslator } from "@/i18n/translator";
import { expect, test } from "../support/fixtures";
import { preparedState, type PreparedCookie } from "../support/prepared-states";

// A code past its validity and a session idle for too long cannot be waited
// for during a run: the seed step made them (e2e/support/prepared-states.ts)
// and this browser only gets the cookie it would have had.
// By host and path rather than by URL: Chromium refuses a Secure cookie
// (the __Host- ones of a production server) for an http:// URL, even on
// the loopback address where the server itself may set one.
function asBrowserCookie(cookie: PreparedCookie, baseURL: string) {
  const domain = new URL(baseURL).hostname;
  return { ...cookie, domain, path: "/", httpOnly: true, sameSite: "Lax" as const };
}

test.describe("states that take longer than a test", () => {
  test("an expired code is refused with the Dutch 'verlopen' message", async ({
    page,
    baseURL,
  }, testInfo) => {
    const t = await getTranslator("auth");
    const { cookie, code } = preparedState(testInfo.project.name).expiredCode;
    await page.context().addCookies([asBrowserCookie(cookie, baseURL!)]);

    await page.goto("/inloggen/code");
    await page.getByLabel(/^(Code|Verificatiecode)/).fill(code);
    await page.getByRole("button", { name: "Bevestigen" }).click();

    await expect(page.getByRole("alert").filter({ hasText: t("errors.CODE_EXPIRED") })).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen\/code/);
  });

  test("a session idle for too long sends the visitor back to sign in", async ({
    page,
    baseURL,
  }, testInfo) => {
    const { cookie } = preparedState(testInfo.project.name).idleSession;
    await page.context().addCookies([asBrowserCookie(cookie, baseURL!)]);

    await page.goto("/overzicht");

    await expect(page).toHaveURL(/\/inloggen/);
    expect((await (await page.request.get("/api/auth/session")).json())).toEqual({});
  });

  test("a session of the same account used a minute ago still opens the dossier", async ({
    page,
    baseURL,
  }, testInfo) => {
    const { cookie } = preparedState(testInfo.project.name).activeSession;
    await page.context().addCookies([asBrowserCookie(cookie, baseURL!)]);

    await page.goto("/overzicht");

    await expect(page).toHaveURL(/\/overzicht$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
