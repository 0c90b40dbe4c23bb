import { describe, expect, it } from "vitest";
import { deactivateAccount } from "@/lib/admin/accounts/deactivate-account";
import { useTestDatabase } from "@/tests/support/test-database";
import { createAdmin } from "./support/admin-fixtures";

const db = useTestDatabase();

// Each test starts from a database with no active admin of its own making:
// earlier tests' admins are deactivated first, so "the last one" is exact.
async function onlyTheseAdmins(count: number) {
  await db().account.updateMany({
    where: { role: "ADMIN", status: "ACTIVE" },
    data: { status: "DEACTIVATED" },
  });

  return Promise.all(Array.from({ length: count }, () => createAdmin(db())));
}

function activeAdmins() {
  return db().account.count({ where: { role: "ADMIN", status: "ACTIVE" } });
}

describe("there is always an active admin", () => {
  it("lets an admin deactivate another while a second active admin remains", async () => {
    const [first, second] = await onlyTheseAdmins(2);

    expect(await deactivateAccount(first!, { accountId: second!.accountId })).toEqual({ ok: true });
    expect(await activeAdmins()).toBe(1);
  });

  it("refuses to deactivate the last active admin", async () => {
    const [last] = await onlyTheseAdmins(1);
    // A session that outlived its own account's deactivation is the only
    // way left to ask; the rule holds there too.
    const stale = await createAdmin(db(), { status: "DEACTIVATED" });

    expect(await deactivateAccount(stale, { accountId: last!.accountId })).toEqual({
      ok: false,
      error: "LAST_ADMIN",
    });
    expect(await activeAdmins()).toBe(1);
    const refusal = await db().auditEvent.findFirstOrThrow({
      where: { actorAccountId: stale.accountId, action: "account.deactivate" },
    });
    expect(refusal).toMatchObject({ outcome: "FAILURE", detail: { reason: "last_admin" } });
  });

  it("lets an invited admin be deactivated even when only one admin is active", async () => {
    const [active] = await onlyTheseAdmins(1);
    const invited = await createAdmin(db(), { status: "INVITED" });

    expect(await deactivateAccount(active!, { accountId: invited.accountId })).toEqual({
      ok: true,
    });
  });

  it("does not let an admin deactivate their own account", async () => {
    const [first] = await onlyTheseAdmins(2);

    expect(await deactivateAccount(first!, { accountId: first!.accountId })).toEqual({
      ok: false,
      error: "SELF_DEACTIVATION",
    });
    expect(await activeAdmins()).toBe(2);
  });

  it("lets exactly one of two admins deactivating each other at the same moment succeed", async () => {
    for (let round = 0; round < 5; round += 1) {
      const [first, second] = await onlyTheseAdmins(2);

      const results = await Promise.all([
        deactivateAccount(first!, { accountId: second!.accountId }),
        deactivateAccount(second!, { accountId: first!.accountId }),
      ]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toEqual({ ok: false, error: "LAST_ADMIN" });
      expect(await activeAdmins()).toBe(1);
    }
  });
});
