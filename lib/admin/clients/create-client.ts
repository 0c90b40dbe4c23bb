import { deliverInvitation } from "@/lib/accounts/invitations/deliver-invitation";
import { isUniqueViolation } from "@/lib/accounts/is-unique-violation";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { getDb, type Db } from "@/lib/db/client";
import type { AdminActor } from "../admin-actor";
import { adminFailure, type AdminResult, type FieldErrors } from "../admin-result";
import { auditAdminChange } from "../audit-admin-change";
import { authorizeAdmin } from "../authorize-admin";
import type { ClientFormInput } from "../forms/client-form-schema";
import { findClientConflicts } from "./find-client-conflicts";

export type CreateClientResult = AdminResult<{ clientId: string; mailSent: boolean }>;

// Creates a client with everything it needs, in one transaction: the
// Client, its empty Dossier, an invited CLIENT account, the SELF grant
// between them, and an activation token. Only then is the activation mail
// sent. If the mail fails the client stays created (the data is complete
// and consistent) and the admin is told to use "Opnieuw uitnodigen".
export async function createClient(
  actor: AdminActor,
  input: ClientFormInput,
): Promise<CreateClientResult> {
  if (!(await authorizeAdmin(actor, "account.create"))) return adminFailure("FORBIDDEN");
  const db = await getDb();

  const conflicts = await findClientConflicts(db, input);
  if (conflicts) return refuseDuplicate(actor, conflicts);

  let created: { clientId: string; accountId: string; token: string };
  try {
    created = await db.$transaction(async (transaction) => {
      const tx = transaction as Db;
      const client = await tx.client.create({
        data: {
          name: input.name,
          clientNumber: input.clientNumber,
          dateOfBirth: input.dateOfBirth,
          dossier: { create: {} },
        },
        select: { id: true },
      });
      const account = await tx.account.create({
        data: {
          email: input.email,
          name: input.name,
          role: "CLIENT",
          status: "INVITED",
          grants: { create: { clientId: client.id, kind: "SELF" } },
        },
        select: { id: true },
      });
      const { token } = await issueActionToken(account.id, "ACTIVATION", tx);
      await auditAdminChange(
        actor,
        {
          action: "account.create",
          outcome: "SUCCESS",
          subjectClientId: client.id,
          detail: { clientId: client.id, accountId: account.id, role: "CLIENT" },
        },
        tx,
      );

      return { clientId: client.id, accountId: account.id, token };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A parallel request took the address or number in the meantime.
    const raced = (await findClientConflicts(db, input)) ?? {};
    return refuseDuplicate(actor, raced);
  }

  const delivery = await deliverInvitation(
    { id: created.accountId, email: input.email, name: input.name, role: "CLIENT" },
    created.token,
  );
  await auditAdminChange(actor, {
    action: "account.invite",
    outcome: delivery.sent ? "SUCCESS" : "FAILURE",
    subjectClientId: created.clientId,
    detail: { accountId: created.accountId, ...(delivery.sent ? {} : { reason: "mail_failed" }) },
  });

  return { ok: true, clientId: created.clientId, mailSent: delivery.sent };
}

async function refuseDuplicate(
  actor: AdminActor,
  fieldErrors: FieldErrors,
): Promise<CreateClientResult> {
  await auditAdminChange(actor, {
    action: "account.create",
    outcome: "FAILURE",
    detail: { reason: "duplicate", fields: Object.keys(fieldErrors).join(",") },
  });

  return adminFailure("DUPLICATE", fieldErrors);
}
