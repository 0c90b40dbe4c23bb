import { ACTIVATION_LINK_VALID_HOURS } from "@/lib/auth/constants";
import { EmailLayout, EmailParagraph } from "./components/email-layout";
import { EmailLinkButton } from "./components/email-link-button";
import { getEmailTranslator } from "./components/email-translator";
import { PREVIEW_ORGANISATION, type EmailOrganisation } from "./components/organisation";

export type ActivationEmailProps = {
  name?: string;
  activationUrl?: string;
  organisation?: EmailOrganisation;
};

// Sent to a client whose account an administrator has just created.
export function ActivationEmail({
  name = "mevrouw De Vries",
  activationUrl = "http://localhost:3000/activeren/voorbeeld",
  organisation = PREVIEW_ORGANISATION,
}: ActivationEmailProps) {
  const t = getEmailTranslator();
  const { organisationName, portalName } = organisation;

  return (
    <EmailLayout
      organisation={organisation}
      preview={t("activation.preview", { portalName })}
      heading={t("activation.heading", { portalName })}
    >
      <EmailParagraph>{t("layout.greeting", { name })}</EmailParagraph>
      <EmailParagraph>{t("activation.intro", { organisationName, portalName })}</EmailParagraph>
      <EmailParagraph>{t("activation.instruction")}</EmailParagraph>
      <EmailLinkButton href={activationUrl} label={t("activation.button")} />
      <EmailParagraph>
        {t("activation.validity", { hours: ACTIVATION_LINK_VALID_HOURS, organisationName })}
      </EmailParagraph>
    </EmailLayout>
  );
}

export default ActivationEmail;
