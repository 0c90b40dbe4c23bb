import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findOwnClientId } from "@/lib/auth/audit/find-own-client-id";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { sendPasswordResetLink } from "./send-password-reset-link";

// The work behind "Wachtwoord vergeten", done after the answer has gone
// out: looks the (normalized) address up and, only for an ACTIVE account,
// mails a reset link to the address stored for that account, never to the
// address as typed. Every case is audited with its reason; the typed
// address itself is not kept anywhere.
export async function sendResetLinkIfActive(input: {
  email: string;
  origin: RequestOrigin;
}): Promise<void> {
  const db = await getDb();
  const account = await db.account.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  const audit = async (outcome: "SUCCESS" | "FAILURE", reason: string | null) =>
    recordAuditEvent({
      action: "password.reset_requested",
      outcome,
      // Asked anonymously: nobody has proven to be the account's owner.
      actorAccountId: null,
      subjectClientId: account ? await findOwnClientId(db, account.id) : null,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      detail: { accountId: account?.id ?? null, reason, by: "self_service" },
    });

  if (!account) return audit("FAILURE", "unknown_address");

  const sent = await sendPasswordResetLink(account.id);

  return sent.ok ? audit("SUCCESS", null) : audit("FAILURE", sent.error.toLowerCase());
}
