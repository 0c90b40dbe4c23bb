import type { AccountStatus } from "@/generated/prisma/enums";
import { lockAccount } from "@/lib/accounts/lock-account";
import { getDb, type Db } from "@/lib/db/client";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import { findAccountSubject } from "./find-account-subject";

export type ReactivateAccountResult = AdminResult<{ status: AccountStatus }>;

// Lets a deactivated account in again. An account that had chosen a
// password becomes active; one deactivated before it was ever activated
// becomes invited again and needs a new invitation (its old link was
// voided on deactivation).
export async function reactivateAccount(
  actor: AdminActor,
  input: { accountId: string },
): Promise<ReactivateAccountResult> {
  const db = await getDb();
  const subject = await findAccountSubject(db, input.accountId);
  if (!(await authorizeAdmin(actor, "account.reactivate", subject?.clientId))) {
    return adminFailure("FORBIDDEN");
  }
  if (!subject) return adminFailure("NOT_FOUND");

  const status = await db.$transaction(async (transaction) => {
    const tx = transaction as Db;
    const account = await lockAccount(tx, subject.id);
    if (account?.status !== "DEACTIVATED") return null;

    const hasPassword = await tx.passwordCredential.count({ where: { accountId: account.id } });
    const status: AccountStatus = hasPassword > 0 ? "ACTIVE" : "INVITED";
    await tx.account.update({ where: { id: account.id }, data: { status } });
    await auditAdminChange(
      actor,
      {
        action: "account.reactivate",
        outcome: "SUCCESS",
        subjectClientId: subject.clientId,
        detail: { accountId: account.id, status },
      },
      tx,
    );

    return status;
  });
  if (!status) {
    await auditAdminChange(actor, {
      action: "account.reactivate",
      outcome: "FAILURE",
      subjectClientId: subject.clientId,
      detail: { accountId: subject.id, reason: "not_deactivated" },
    });
    return adminFailure("NOT_DEACTIVATED");
  }

  return { ok: true, status };
}
