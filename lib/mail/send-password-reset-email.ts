import { createElement } from "react";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { PasswordResetEmail } from "@/emails/password-reset-email";
import { getEmailOrganisation } from "./email-organisation";
import { sendEmail } from "./send-email";

export type SendPasswordResetEmailInput = { to: string; resetUrl: string };

// Throws MailDeliveryError when the mail could not be sent.
export async function sendPasswordResetEmail({
  to,
  resetUrl,
}: SendPasswordResetEmailInput): Promise<void> {
  const organisation = getEmailOrganisation();
  const subject = getEmailTranslator()("passwordReset.subject", {
    portalName: organisation.portalName,
  });

  await sendEmail({
    to,
    subject,
    react: createElement(PasswordResetEmail, { resetUrl, organisation }),
  });
}
