import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { getDb, type Db } from "@/lib/db/client";
import { auditOrigin, type ChangeContext } from "../change-context";
import { deliverInvitation } from "../invitations/deliver-invitation";
import { isUniqueViolation } from "../is-unique-violation";

export type CreateAdminInvitationInput = {
  name: string;
  // Already normalized (normalizeEmail).
  email: string;
};

export type CreateAdminInvitationResult =
  | { ok: true; accountId: string; mailSent: true; activationUrl: string }
  | { ok: true; accountId: string; mailSent: false }
  | { ok: false; error: "EMAIL_TAKEN" };

// Creates an invited admin account and its activation token in one
// transaction, then mails the invitation. When the mail fails the account
// stays: it is complete, and "Opnieuw uitnodigen" sends a new link.
export async function createAdminInvitation(
  input: CreateAdminInvitationInput,
  context: ChangeContext,
): Promise<CreateAdminInvitationResult> {
  const db = await getDb();
  if (await db.account.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, error: "EMAIL_TAKEN" };
  }

  let created: { accountId: string; token: string };
  try {
    created = await db.$transaction(async (transaction) => {
      const tx = transaction as Db;
      const account = await tx.account.create({
        data: { email: input.email, name: input.name, role: "ADMIN", status: "INVITED" },
        select: { id: true },
      });
      const { token } = await issueActionToken(account.id, "ACTIVATION", tx);
      await recordAuditEvent(
        {
          action: "account.create",
          outcome: "SUCCESS",
          ...auditOrigin(context),
          detail: { accountId: account.id, role: "ADMIN" },
        },
        tx,
      );

      return { accountId: account.id, token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "EMAIL_TAKEN" };
    throw error;
  }

  const delivery = await deliverInvitation(
    { id: created.accountId, ...input, role: "ADMIN" },
    created.token,
  );
  await recordAuditEvent({
    action: "account.invite",
    outcome: delivery.sent ? "SUCCESS" : "FAILURE",
    ...auditOrigin(context),
    detail: { accountId: created.accountId, ...(delivery.sent ? {} : { reason: "mail_failed" }) },
  });

  return delivery.sent
    ? {
        ok: true,
        accountId: created.accountId,
        mailSent: true,
        activationUrl: delivery.activationUrl,
      }
    : { ok: true, accountId: created.accountId, mailSent: false };
}
