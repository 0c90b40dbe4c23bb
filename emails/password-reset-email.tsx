import { RESET_LINK_VALID_MINUTES } from "@/lib/auth/constants";
import { EmailLayout, EmailParagraph } from "./components/email-layout";
import { EmailLinkButton } from "./components/email-link-button";
import { getEmailTranslator } from "./components/email-translator";
import { PREVIEW_ORGANISATION, type EmailOrganisation } from "./components/organisation";

export type PasswordResetEmailProps = {
  resetUrl?: string;
  organisation?: EmailOrganisation;
};

export function PasswordResetEmail({
  resetUrl = "http://localhost:3000/wachtwoord-herstellen/voorbeeld",
  organisation = PREVIEW_ORGANISATION,
}: PasswordResetEmailProps) {
  const t = getEmailTranslator();
  const { portalName } = organisation;

  return (
    <EmailLayout
      organisation={organisation}
      preview={t("passwordReset.preview", { portalName })}
      heading={t("passwordReset.heading")}
    >
      <EmailParagraph>{t("passwordReset.intro", { portalName })}</EmailParagraph>
      <EmailLinkButton href={resetUrl} label={t("passwordReset.button")} />
      <EmailParagraph>
        {t("passwordReset.validity", { minutes: RESET_LINK_VALID_MINUTES })}
      </EmailParagraph>
      <EmailParagraph>{t("passwordReset.notYou")}</EmailParagraph>
    </EmailLayout>
  );
}

export default PasswordResetEmail;
