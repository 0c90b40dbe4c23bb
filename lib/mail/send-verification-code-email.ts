import { createElement } from "react";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { VerificationCodeEmail } from "@/emails/verification-code-email";
import { getEmailOrganisation } from "./email-organisation";
import { sendEmail } from "./send-email";

export type SendVerificationCodeEmailInput = {
  to: string;
  code: string;
  purpose: ChallengePurpose;
};

// Throws MailDeliveryError when the mail could not be sent.
export async function sendVerificationCodeEmail({
  to,
  code,
  purpose,
}: SendVerificationCodeEmailInput): Promise<void> {
  const organisation = getEmailOrganisation();
  const subject = getEmailTranslator()(`verificationCode.${purpose}.subject`, {
    portalName: organisation.portalName,
  });

  await sendEmail({
    to,
    subject,
    react: createElement(VerificationCodeEmail, { code, purpose, organisation }),
  });
}
