import { createElement } from "react";
import { AddressChangedEmail } from "@/emails/address-changed-email";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { getConfig } from "@/lib/config/config";
import { getEmailOrganisation } from "./email-organisation";
import { sendEmail } from "./send-email";

export type SendAddressChangedEmailInput = { to: string; changedAt: Date };

// Throws MailDeliveryError when the mail could not be sent.
export async function sendAddressChangedEmail({
  to,
  changedAt,
}: SendAddressChangedEmailInput): Promise<void> {
  const organisation = getEmailOrganisation();
  const subject = getEmailTranslator()("addressChanged.subject", {
    portalName: organisation.portalName,
  });
  const { timeZone } = getConfig();

  await sendEmail({
    to,
    subject,
    react: createElement(AddressChangedEmail, { changedAt, timeZone, organisation }),
  });
}
