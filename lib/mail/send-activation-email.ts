import { createElement } from "react";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { ActivationEmail } from "@/emails/activation-email";
import { getEmailOrganisation } from "./email-organisation";
import { sendEmail } from "./send-email";

export type SendActivationEmailInput = { to: string; name: string; activationUrl: string };

// Throws MailDeliveryError when the mail could not be sent.
export async function sendActivationEmail({
  to,
  name,
  activationUrl,
}: SendActivationEmailInput): Promise<void> {
  const organisation = getEmailOrganisation();
  const subject = getEmailTranslator()("activation.subject", {
    portalName: organisation.portalName,
  });

  await sendEmail({
    to,
    subject,
    react: createElement(ActivationEmail, { name, activationUrl, organisation }),
  });
}
