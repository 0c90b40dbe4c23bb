import { deliverInvitation } from "@/lib/accounts/invitations/deliver-invitation";
import { isUniqueViolation } from "@/lib/accounts/is-unique-violation";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { endSessionsOfAccount } from "@/lib/auth/session/end-sessions-of-account";
import { getDb, type Db } from "@/lib/db/client";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult, type FieldErrors } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import type { ClientUpdateInput } from "../forms/client-form-schema";
import { findClientConflicts } from "./find-client-conflicts";
import { findClientWithAccount, type ClientWithAccount } from "./find-client-with-account";
import { lockClientAsLoaded } from "./lock-client-as-loaded";
import { notifyAddressChanged } from "./notify-address-changed";

export type UpdateClientResult = AdminResult<{
  changed: string[];
  // Set when the address of an invited account changed: a new invitation
  // went (or failed to go) to the new address.
  reinvited?: { mailSent: boolean };
  // Set when the address of an active account changed: its sessions ended
  // and a notice went (or failed to go) to the old address.
  movedActive?: { oldAddressNotified: boolean };
}>;

type Account = NonNullable<ClientWithAccount["account"]>;

// Ends the save transaction, keeping nothing, when the client was saved by
// someone else after the form was loaded.
class SavedSinceLoaded extends Error {
  constructor() {
    super("client saved since the form was loaded");
  }
}

// Saves a client's details; the account's name follows the client's. A
// new e-mail address is used from then on; links and codes already mailed
// to the old one stop working. An account still invited gets a fresh
// invitation at the new address. An active account keeps its password and
// signs in with the new address; as with any credential change its
// sessions end, and the old address is told, without the new one. Every
// change is audited by field name, never by value. A form loaded before
// someone else saved this client is refused (CONFLICT) rather than
// silently undoing their change.
export async function updateClient(
  actor: AdminActor,
  input: ClientUpdateInput,
): Promise<UpdateClientResult> {
  if (!(await authorizeAdmin(actor, "account.update", input.clientId))) {
    return adminFailure("FORBIDDEN");
  }
  const db = await getDb();

  const current = await findClientWithAccount(db, input.clientId);
  if (!current) return adminFailure("NOT_FOUND");
  const { client, account } = current;
  if (client.updatedAt.getTime() !== input.basedOnUpdatedAt.getTime()) {
    return refuseConflict(actor, client.id);
  }
  if (account && input.email === null) {
    return adminFailure("INVALID_INPUT", { email: "EMAIL_REQUIRED" });
  }

  const next = { ...input, email: account ? (input.email ?? account.email) : null };
  const own = { clientId: client.id, accountId: account?.id };
  const candidate = { clientNumber: next.clientNumber, email: next.email ?? undefined };
  const conflicts = await findClientConflicts(db, candidate, own);
  if (conflicts) return refuseDuplicate(actor, client.id, conflicts);

  const changed = changedFields(current, next);
  if (changed.length === 0) return { ok: true, changed };

  let token: string | null;
  try {
    token = await db.$transaction(async (transaction) => {
      const tx = transaction as Db;
      // Checked again under the lock: a save may have slipped in since
      // the read above.
      if (!(await lockClientAsLoaded(tx, client.id, input.basedOnUpdatedAt))) {
        throw new SavedSinceLoaded();
      }
      await tx.client.update({
        where: { id: client.id },
        data: { name: next.name, clientNumber: next.clientNumber, dateOfBirth: next.dateOfBirth },
      });
      const issued = account
        ? await updateAccount(tx, actor, account, next.name, next.email ?? account.email)
        : null;
      await auditAdminChange(
        actor,
        {
          action: "account.update",
          outcome: "SUCCESS",
          subjectClientId: client.id,
          detail: {
            clientId: client.id,
            accountId: account?.id ?? null,
            fields: changed.join(","),
          },
        },
        tx,
      );

      return issued;
    });
  } catch (error) {
    if (error instanceof SavedSinceLoaded) return refuseConflict(actor, client.id);
    if (!isUniqueViolation(error)) throw error;
    // A parallel request took the address or number in the meantime.
    const raced = await findClientConflicts(db, candidate, own);
    return refuseDuplicate(actor, client.id, raced ?? {});
  }

  if (account?.status === "ACTIVE" && changed.includes("email")) {
    const oldAddressNotified = await notifyAddressChanged({
      accountId: account.id,
      oldEmail: account.email,
      changedAt: new Date(),
    });

    return { ok: true, changed, movedActive: { oldAddressNotified } };
  }
  if (!account || !token) return { ok: true, changed };

  const delivery = await deliverInvitation(
    { id: account.id, email: next.email ?? account.email, name: next.name, role: account.role },
    token,
  );
  await auditAdminChange(actor, {
    action: "account.invite",
    outcome: delivery.sent ? "SUCCESS" : "FAILURE",
    subjectClientId: client.id,
    detail: { accountId: account.id, reason: delivery.sent ? "email_changed" : "mail_failed" },
  });

  return { ok: true, changed, reinvited: { mailSent: delivery.sent } };
}

function changedFields(
  current: ClientWithAccount,
  next: Pick<ClientUpdateInput, "name" | "clientNumber" | "dateOfBirth"> & {
    email: string | null;
  },
): string[] {
  const { client, account } = current;
  const changes: [string, boolean][] = [
    ["name", client.name !== next.name],
    ["clientNumber", client.clientNumber !== next.clientNumber],
    ["dateOfBirth", client.dateOfBirth?.getTime() !== next.dateOfBirth?.getTime()],
    ["email", account !== null && account.email !== next.email],
  ];

  return changes.filter(([, changed]) => changed).map(([field]) => field);
}

// Gives the account the client's name and the new address. When the
// address changed, what was mailed to the old one is voided, an active
// account's sessions end, and an invited account gets a new activation
// token (returned, for the mail).
async function updateAccount(
  tx: Db,
  actor: AdminActor,
  account: Account,
  name: string,
  email: string,
): Promise<string | null> {
  await tx.account.update({ where: { id: account.id }, data: { name, email } });
  if (email === account.email) return null;

  const now = new Date();
  await tx.actionToken.updateMany({
    where: { accountId: account.id, usedAt: null, voidedAt: null },
    data: { voidedAt: now },
  });
  await tx.challenge.updateMany({
    where: { accountId: account.id, completedAt: null, voidedAt: null },
    data: { voidedAt: now },
  });
  if (account.status === "ACTIVE") {
    await endSessionsOfAccount(account.id, {
      reason: "email_changed",
      actorAccountId: actor.accountId,
      origin: actor.origin,
      db: tx,
    });
  }
  if (account.status !== "INVITED") return null;

  return (await issueActionToken(account.id, "ACTIVATION", tx)).token;
}

async function refuseDuplicate(
  actor: AdminActor,
  clientId: string,
  fieldErrors: FieldErrors,
): Promise<UpdateClientResult> {
  await auditAdminChange(actor, {
    action: "account.update",
    outcome: "FAILURE",
    subjectClientId: clientId,
    detail: { clientId, reason: "duplicate", fields: Object.keys(fieldErrors).join(",") },
  });

  return adminFailure("DUPLICATE", fieldErrors);
}

async function refuseConflict(actor: AdminActor, clientId: string): Promise<UpdateClientResult> {
  await auditAdminChange(actor, {
    action: "account.update",
    outcome: "FAILURE",
    subjectClientId: clientId,
    detail: { clientId, reason: "conflict" },
  });

  return adminFailure("CONFLICT");
}
