import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { getDb } from "@/lib/db/client";
import { deliverInvitation } from "./deliver-invitation";

export type SendInvitationResult =
  | { ok: true; activationUrl: string }
  | { ok: false; error: "NOT_FOUND" | "NOT_INVITED" | "MAIL_FAILED" };

// Sends an invited account a fresh activation link. Issuing the new token
// voids every earlier one, so only the newest mail works. Only for
// accounts that have not been activated yet. Callers audit the outcome.
export async function sendInvitation(accountId: string): Promise<SendInvitationResult> {
  const db = await getDb();
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: { id: true, email: true, name: true, role: true, status: true },
  });
  if (!account) return { ok: false, error: "NOT_FOUND" };
  if (account.status !== "INVITED") return { ok: false, error: "NOT_INVITED" };

  const { token } = await issueActionToken(accountId, "ACTIVATION");
  const delivery = await deliverInvitation(account, token);

  return delivery.sent
    ? { ok: true, activationUrl: delivery.activationUrl }
    : { ok: false, error: "MAIL_FAILED" };
}
