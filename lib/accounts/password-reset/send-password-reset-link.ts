import { passwordResetUrl } from "@/lib/accounts/tokens/action-links";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { sendPasswordResetEmail } from "@/lib/mail/send-password-reset-email";

export type SendPasswordResetLinkResult =
  { ok: true } | { ok: false; error: "NOT_FOUND" | "NOT_ACTIVE" | "MAIL_FAILED" };

// Mails an active account a single-use link to choose a new password; a
// new link voids the earlier ones. The password itself is not touched:
// it changes only when the owner follows the link. Invited accounts have
// no password yet (they need an invitation) and deactivated accounts may
// not sign in, so both are refused. Callers audit the outcome, and a
// public "forgot password" form must not reveal which case applied.
export async function sendPasswordResetLink(
  accountId: string,
): Promise<SendPasswordResetLinkResult> {
  const db = await getDb();
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: { email: true, status: true },
  });
  if (!account) return { ok: false, error: "NOT_FOUND" };
  if (account.status !== "ACTIVE") return { ok: false, error: "NOT_ACTIVE" };

  const { token } = await issueActionToken(accountId, "PASSWORD_RESET");

  try {
    await sendPasswordResetEmail({ to: account.email, resetUrl: passwordResetUrl(token) });

    return { ok: true };
  } catch (error) {
    if (!(error instanceof MailDeliveryError)) throw error;
    logger.warn({ accountId, reason: error.reason }, "password reset mail not sent");

    return { ok: false, error: "MAIL_FAILED" };
  }
}
