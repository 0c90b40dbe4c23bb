import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { test as base } from "../../support/fixtures";
import { submitCodeFromMail, submitPassword } from "../../support/login";
import { Outbox } from "../../support/outbox";
import { deploymentUrl, runDir } from "../../support/run-context";

export { expect } from "../../support/fixtures";

const demoAdmin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;

// Only one worker at a time signs the demo admin in: the sign-in code is
// read from the admin's mail, and a code meant for another worker's
// attempt would not fit. A lock file created with `wx` is taken by exactly
// one process.
async function withLoginLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(runDir(), "admin-login.lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });

  await expect
    .poll(
      () => {
        try {
          fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
          return true;
        } catch {
          return false;
        }
      },
      { message: "the admin sign-in lock", timeout: 60_000, intervals: [250] },
    )
    .toBe(true);

  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

// Signs the demo admin in once per worker and keeps the session's cookies
// in a file, so every admin test of the worker starts signed in.
async function signInDemoAdmin(browser: Browser, baseURL: string, file: string): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const outbox = new Outbox(context.request);

  const before = await submitPassword(page, outbox, demoAdmin, demoAdmin.password);
  await submitCodeFromMail(page, outbox, demoAdmin.email, before);
  await expect(page).toHaveURL(/\/admin$/);

  await context.storageState({ path: file });
  await context.close();
}

type AdminFixtures = {
  // A page of its own, signed in as the demo admin.
  adminPage: Page;
};

type AdminWorkerFixtures = { adminState: string };

export const test = base.extend<AdminFixtures, AdminWorkerFixtures>({
  adminState: [
    async ({ browser }, use, workerInfo) => {
      if (deploymentUrl) throw new Error("The admin tests run only on the local test server.");
      const baseURL = String(workerInfo.project.use.baseURL);
      const file = path.join(runDir(), `admin-state-${workerInfo.workerIndex}.json`);

      await withLoginLock(() => signInDemoAdmin(browser, baseURL, file));
      await use(file);
    },
    { scope: "worker", timeout: 90_000 },
  ],

  adminPage: async ({ browser, baseURL, adminState, clientIp }, use) => {
    const context = await browser.newContext({
      baseURL,
      storageState: adminState,
      extraHTTPHeaders: { "X-Forwarded-For": clientIp },
    });
    await use(await context.newPage());
    await context.close();
  },
});
