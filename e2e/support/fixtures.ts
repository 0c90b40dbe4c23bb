import crypto from "node:crypto";
import { test as base, type TestInfo } from "@playwright/test";
import { claimAccount, type E2eAccount, type TestAccount } from "./claim-account";
import { login } from "./login";
import { Outbox } from "./outbox";
import { deploymentUrl } from "./run-context";

export { expect } from "@playwright/test";
export type { E2eAccount, TestAccount } from "./claim-account";

// A client address of the test's own in 10.0.0.0/8, stable for the test.
function fakeClientIp(testInfo: TestInfo): string {
  const seed = `${testInfo.testId}:${testInfo.project.name}:${testInfo.retry}`;
  const [a, b, c] = crypto.createHash("sha256").update(seed).digest();

  return `10.${a}.${b}.${Math.max(1, c! % 255)}`;
}

type Fixtures = {
  // The address this test's browser presents (through X-Forwarded-For).
  clientIp: string;
  outbox: Outbox;
  // An account of this run that no other test uses.
  freshAccount: E2eAccount;
  // SMOKE_EMAIL/SMOKE_PASSWORD against a deployment, else a fresh account.
  smokeAccount: TestAccount;
  // Signs the page in with an account; ends on the overview.
  login: (account: TestAccount) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  clientIp: async ({}, use, testInfo) => {
    await use(fakeClientIp(testInfo));
  },

  // The local test server trusts one proxy hop (TRUSTED_PROXY_HOPS=1), so
  // each test counts as its own client for per-address rate limits. A
  // deployment's proxy adds the real address; nothing is sent to it.
  extraHTTPHeaders: async ({ extraHTTPHeaders, clientIp }, use) => {
    await use(deploymentUrl ? extraHTTPHeaders : { ...extraHTTPHeaders, "X-Forwarded-For": clientIp });
  },

  outbox: async ({ request }, use) => {
    await use(new Outbox(request));
  },

  freshAccount: async ({}, use) => {
    await use(claimAccount());
  },

  smokeAccount: async ({}, use) => {
    const { SMOKE_EMAIL: email, SMOKE_PASSWORD: password } = process.env;
    if (email && password) return use({ email, password, name: process.env.SMOKE_NAME ?? "" });
    if (deploymentUrl) throw new Error("Set SMOKE_EMAIL and SMOKE_PASSWORD to test a deployment.");

    await use(claimAccount());
  },

  login: async ({ page, outbox }, use) => {
    await use((account) => login(page, outbox, account));
  },
});
