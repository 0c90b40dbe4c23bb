import { lockActiveAdmins } from "@/lib/accounts/admins/lock-active-admins";
import { lockAccount } from "@/lib/accounts/lock-account";
import { endSessionsOfAccount } from "@/lib/auth/session/end-sessions-of-account";
import { getDb, type Db } from "@/lib/db/client";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminErrorCode, type AdminResult } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import { findAccountSubject } from "./find-account-subject";

// Why a deactivation is refused, as the audit log records it.
const REASONS: Partial<Record<AdminErrorCode, string>> = {
  SELF_DEACTIVATION: "self",
  ALREADY_DEACTIVATED: "already_deactivated",
  LAST_ADMIN: "last_admin",
};

// Deactivates an account: it can no longer sign in, every open session
// ends at once, and links mailed to it stop working. The last active admin
// cannot be deactivated: the active admins' rows are locked first, so two
// admins deactivating each other at the same moment cannot both succeed.
// Nobody deactivates their own account: that would end the session doing
// it, and another admin can always do it (four eyes).
export async function deactivateAccount(
  actor: AdminActor,
  input: { accountId: string },
): Promise<AdminResult> {
  const db = await getDb();
  const subject = await findAccountSubject(db, input.accountId);
  if (!(await authorizeAdmin(actor, "account.deactivate", subject?.clientId))) {
    return adminFailure("FORBIDDEN");
  }
  if (!subject) return adminFailure("NOT_FOUND");

  const refusal: AdminErrorCode | null =
    subject.id === actor.accountId
      ? "SELF_DEACTIVATION"
      : await db.$transaction((transaction) => deactivate(transaction as Db, actor, subject));
  if (refusal) {
    await auditAdminChange(actor, {
      action: "account.deactivate",
      outcome: "FAILURE",
      subjectClientId: subject.clientId,
      detail: { accountId: subject.id, reason: REASONS[refusal] ?? refusal },
    });
    return adminFailure(refusal);
  }

  return { ok: true };
}

type Subject = NonNullable<Awaited<ReturnType<typeof findAccountSubject>>>;

async function deactivate(
  tx: Db,
  actor: AdminActor,
  subject: Subject,
): Promise<AdminErrorCode | null> {
  const activeAdmins = subject.role === "ADMIN" ? await lockActiveAdmins(tx) : [];
  const account = await lockAccount(tx, subject.id);
  if (!account) return "NOT_FOUND";
  if (account.status === "DEACTIVATED") return "ALREADY_DEACTIVATED";

  const othersActive = activeAdmins.filter((id) => id !== account.id);
  if (account.role === "ADMIN" && account.status === "ACTIVE" && othersActive.length === 0) {
    return "LAST_ADMIN";
  }

  const now = new Date();
  await tx.account.update({ where: { id: account.id }, data: { status: "DEACTIVATED" } });
  await tx.actionToken.updateMany({
    where: { accountId: account.id, usedAt: null, voidedAt: null },
    data: { voidedAt: now },
  });
  await tx.challenge.updateMany({
    where: { accountId: account.id, completedAt: null, voidedAt: null },
    data: { voidedAt: now },
  });
  const endedSessions = await endSessionsOfAccount(account.id, {
    reason: "account_deactivated",
    actorAccountId: actor.accountId,
    origin: actor.origin,
    db: tx,
  });
  await auditAdminChange(
    actor,
    {
      action: "account.deactivate",
      outcome: "SUCCESS",
      subjectClientId: subject.clientId,
      detail: { accountId: account.id, endedSessions },
    },
    tx,
  );

  return null;
}
