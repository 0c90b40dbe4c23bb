import { describe, expect, it } from "vitest";
import { deactivateAccount } from "@/lib/admin/accounts/deactivate-account";
import { reactivateAccount } from "@/lib/admin/accounts/reactivate-account";
import { reinviteAccount } from "@/lib/admin/accounts/reinvite-account";
import { requestPasswordReset } from "@/lib/admin/accounts/request-password-reset";
import { unlockAccount } from "@/lib/admin/accounts/unlock-account";
import { inviteAdmin } from "@/lib/admin/admins/invite-admin";
import { createClient } from "@/lib/admin/clients/create-client";
import { updateClient } from "@/lib/admin/clients/update-client";
import { clientUpdateSchema } from "@/lib/admin/forms/client-form-schema";
import { useTestDatabase } from "@/tests/support/test-database";
import {
  clientForm,
  createActiveClient,
  createClientActor,
  unique,
} from "./support/admin-fixtures";

const db = useTestDatabase();

describe("admin operations called with a client's session", () => {
  it("are all refused, change nothing, send nothing, and are audited as denied", async () => {
    const client = await createClientActor(db());
    const target = await createActiveClient(db(), { lockedUntil: new Date(Date.now() + 60_000) });
    const accountId = target.account.id;
    const before = {
      account: await db().account.findUniqueOrThrow({ where: { id: accountId } }),
      clients: await db().client.count(),
      accounts: await db().account.count(),
      mails: await db().outboxMessage.count(),
    };
    const newClient = clientForm();
    const edit = clientUpdateSchema.parse({
      clientId: target.client.id,
      basedOnUpdatedAt: target.client.updatedAt.toISOString(),
      name: "Overgenomen",
      clientNumber: target.client.clientNumber,
      email: target.account.email,
      dateOfBirth: "",
    });

    const results = [
      await createClient(client, newClient),
      await updateClient(client, edit),
      await deactivateAccount(client, { accountId }),
      await reactivateAccount(client, { accountId }),
      await unlockAccount(client, { accountId }),
      await reinviteAccount(client, { accountId }),
      await requestPasswordReset(client, { accountId }),
      await inviteAdmin(client, { name: "Indringer", email: `indringer-${unique()}@example.test` }),
    ];

    expect(results).toEqual(results.map(() => ({ ok: false, error: "FORBIDDEN" })));
    expect(await db().account.findUniqueOrThrow({ where: { id: accountId } })).toEqual(
      before.account,
    );
    expect(await db().client.count()).toBe(before.clients);
    expect(await db().account.count()).toBe(before.accounts);
    expect(await db().outboxMessage.count()).toBe(before.mails);
    const denied = await db().auditEvent.findMany({
      where: { actorAccountId: client.accountId },
      orderBy: { occurredAt: "asc" },
    });
    expect(denied.map((event) => event.outcome)).toEqual(results.map(() => "DENIED"));
    expect(denied.map((event) => event.action)).toEqual([
      "account.create",
      "account.update",
      "account.deactivate",
      "account.reactivate",
      "account.unlock",
      "account.invite",
      "password.reset_requested",
      "account.create",
    ]);
  });
});
