import { createElement } from "react";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { PasswordChangedEmail } from "@/emails/password-changed-email";
import { getEmailOrganisation } from "./email-organisation";
import { sendEmail } from "./send-email";

export type SendPasswordChangedEmailInput = { to: string };

// Throws MailDeliveryError when the mail could not be sent.
export async function sendPasswordChangedEmail({
  to,
}: SendPasswordChangedEmailInput): Promise<void> {
  const organisation = getEmailOrganisation();
  const subject = getEmailTranslator()("passwordChanged.subject", {
    portalName: organisation.portalName,
  });

  await sendEmail({ to, subject, react: createElement(PasswordChangedEmail, { organisation }) });
}
