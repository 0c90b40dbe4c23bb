import type { AccountRole } from "@/generated/prisma/enums";
import { activationUrl } from "@/lib/accounts/tokens/action-links";
import { logger } from "@/lib/log/logger";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { sendActivationEmail } from "@/lib/mail/send-activation-email";
import { sendAdminInvitationEmail } from "@/lib/mail/send-admin-invitation-email";

export type InvitedAccount = { id: string; email: string; name: string; role: AccountRole };

export type InvitationDelivery = { sent: true; activationUrl: string } | { sent: false };

// Mails an issued activation token to the account: clients get the
// activation mail, admins the admin invitation. A mail that could not go
// out is reported, not thrown: the account stays as it is and the admin
// can send a new invitation.
export async function deliverInvitation(
  account: InvitedAccount,
  token: string,
): Promise<InvitationDelivery> {
  const url = activationUrl(token);
  const mail = { to: account.email, name: account.name, activationUrl: url };

  try {
    if (account.role === "ADMIN") await sendAdminInvitationEmail(mail);
    else await sendActivationEmail(mail);
  } catch (error) {
    if (!(error instanceof MailDeliveryError)) throw error;
    logger.warn({ accountId: account.id, reason: error.reason }, "invitation mail not sent");

    return { sent: false };
  }

  return { sent: true, activationUrl: url };
}
