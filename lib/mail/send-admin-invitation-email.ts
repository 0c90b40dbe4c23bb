import { createElement } from "react";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { AdminInvitationEmail } from "@/emails/admin-invitation-email";
import { getEmailOrganisation } from "./email-organisation";
import { sendEmail } from "./send-email";

export type SendAdminInvitationEmailInput = { to: string; name: string; activationUrl: string };

// Throws MailDeliveryError when the mail could not be sent.
export async function sendAdminInvitationEmail({
  to,
  name,
  activationUrl,
}: SendAdminInvitationEmailInput): Promise<void> {
  const organisation = getEmailOrganisation();
  const subject = getEmailTranslator()("adminInvitation.subject", {
    portalName: organisation.portalName,
  });

  await sendEmail({
    to,
    subject,
    react: createElement(AdminInvitationEmail, { name, activationUrl, organisation }),
  });
}
