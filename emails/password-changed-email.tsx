import { EmailLayout, EmailParagraph } from "./components/email-layout";
import { getEmailTranslator } from "./components/email-translator";
import { PREVIEW_ORGANISATION, type EmailOrganisation } from "./components/organisation";

export type PasswordChangedEmailProps = { organisation?: EmailOrganisation };

// Warns the owner of the account, so a change they did not make is noticed.
export function PasswordChangedEmail({
  organisation = PREVIEW_ORGANISATION,
}: PasswordChangedEmailProps) {
  const t = getEmailTranslator();
  const { organisationName, portalName, supportEmail, supportPhone } = organisation;

  return (
    <EmailLayout
      organisation={organisation}
      preview={t("passwordChanged.preview")}
      heading={t("passwordChanged.heading")}
    >
      <EmailParagraph>{t("passwordChanged.intro", { portalName })}</EmailParagraph>
      <EmailParagraph>{t("passwordChanged.youDidIt")}</EmailParagraph>
      <EmailParagraph>
        {t("passwordChanged.notYou", { organisationName })}
        <br />
        {t("passwordChanged.contact", { supportEmail, supportPhone })}
      </EmailParagraph>
    </EmailLayout>
  );
}

export default PasswordChangedEmail;
