import { logout } from "../support/account-menu";
import { expect, test } from "../support/fixtures";

const sessionCookie = /carefriend\.session$/;

test.describe("next-auth's own endpoints", () => {
  test("next-auth's sign-out is not offered, so a copied cookie still needs the real logout", async ({
    page,
    login,
    smokeAccount,
  }) => {
    await login(smokeAccount);
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();

    const answer = await page.request.post("/api/auth/signout", {
      form: { csrfToken, json: "true" },
    });

    expect(answer.status()).toBe(404);
    await page.goto("/overzicht");
    await expect(page).toHaveURL(/\/overzicht$/);
  });

  test("after signing out, /api/auth/session says there is no session", async ({
    page,
    login,
    smokeAccount,
  }) => {
    await login(smokeAccount);
    const copy = (await page.context().cookies()).find((cookie) => sessionCookie.test(cookie.name))!;
    await logout(page);

    await page.context().addCookies([copy]);
    const answer = await page.request.get("/api/auth/session");

    expect(await answer.json()).toEqual({});
    expect(answer.headers()["set-cookie"] ?? "").not.toMatch(sessionCookie);
  });

  for (const path of [
    "/api/auth/signout",
    "/api/auth/signin",
    "/api/auth/verify-request",
    "/api/auth/error",
    "/api/auth/callback/login-code",
    "/api/auth/_log",
  ]) {
    test(`GET ${path} is a Dutch 404, no English framework page or error`, async ({ request }) => {
      const answer = await request.get(path, { maxRedirects: 0 });
      const body = await answer.text();

      expect(answer.status()).toBe(404);
      expect(body).toContain("Dit adres bestaat niet.");
      expect(body).not.toMatch(/Error:|Sign ?out|Check your email|lang="en"/);
    });
  }
});

test("every password input on the sign-in page stops at a length the server can answer", async ({
  page,
}) => {
  await page.goto("/inloggen");

  const maxLength = await page.getByLabel("Wachtwoord", { exact: true }).getAttribute("maxlength");
  expect(Number(maxLength)).toBeGreaterThan(128);
  expect(Number(maxLength)).toBeLessThanOrEqual(1024);
});
