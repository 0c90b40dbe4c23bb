import { ACTIVATION_LINK_VALID_HOURS } from "@/lib/auth/constants";
import { EmailLayout, EmailParagraph } from "./components/email-layout";
import { EmailLinkButton } from "./components/email-link-button";
import { getEmailTranslator } from "./components/email-translator";
import { PREVIEW_ORGANISATION, type EmailOrganisation } from "./components/organisation";

export type AdminInvitationEmailProps = {
  name?: string;
  activationUrl?: string;
  organisation?: EmailOrganisation;
};

// Sent to a new administrator; activation works as it does for clients.
export function AdminInvitationEmail({
  name = "Sanne Jansen",
  activationUrl = "http://localhost:3000/activeren/voorbeeld",
  organisation = PREVIEW_ORGANISATION,
}: AdminInvitationEmailProps) {
  const t = getEmailTranslator();
  const { organisationName, portalName } = organisation;

  return (
    <EmailLayout
      organisation={organisation}
      preview={t("adminInvitation.preview")}
      heading={t("adminInvitation.heading")}
    >
      <EmailParagraph>{t("layout.greeting", { name })}</EmailParagraph>
      <EmailParagraph>
        {t("adminInvitation.intro", { organisationName, portalName })}
      </EmailParagraph>
      <EmailParagraph>{t("adminInvitation.instruction")}</EmailParagraph>
      <EmailLinkButton href={activationUrl} label={t("adminInvitation.button")} />
      <EmailParagraph>
        {t("adminInvitation.validity", { hours: ACTIVATION_LINK_VALID_HOURS })}
      </EmailParagraph>
      <EmailParagraph>{t("adminInvitation.notExpected")}</EmailParagraph>
    </EmailLayout>
  );
}

export default AdminInvitationEmail;
