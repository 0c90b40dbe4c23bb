import { createFormatter } from "next-intl";
import { DATE_TIME_FORMAT } from "@/components/date-formats";
import { DEFAULT_LOCALE } from "@/i18n/messages";
import { EmailLayout, EmailParagraph } from "./components/email-layout";
import { getEmailTranslator } from "./components/email-translator";
import { PREVIEW_ORGANISATION, type EmailOrganisation } from "./components/organisation";

export type AddressChangedEmailProps = {
  changedAt?: Date;
  // The portal's clock, so the time reads as the owner's own.
  timeZone?: string;
  organisation?: EmailOrganisation;
};

// Goes to the old address when the administration moved the account to a
// new one, so an owner who did not ask for it can raise the alarm. The new
// address is left out: it may be an attacker's.
export function AddressChangedEmail({
  changedAt = new Date("2026-03-14T09:32:00Z"),
  timeZone = "Europe/Amsterdam",
  organisation = PREVIEW_ORGANISATION,
}: AddressChangedEmailProps) {
  const t = getEmailTranslator();
  const { organisationName, portalName, supportEmail, supportPhone } = organisation;
  const when = createFormatter({ locale: DEFAULT_LOCALE, timeZone }).dateTime(
    changedAt,
    DATE_TIME_FORMAT,
  );

  return (
    <EmailLayout
      organisation={organisation}
      preview={t("addressChanged.preview")}
      heading={t("addressChanged.heading")}
    >
      <EmailParagraph>
        {t("addressChanged.intro", { organisationName, portalName, when })}
      </EmailParagraph>
      <EmailParagraph>{t("addressChanged.signIn")}</EmailParagraph>
      <EmailParagraph>{t("addressChanged.youAsked")}</EmailParagraph>
      <EmailParagraph>
        {t("addressChanged.notYou", { organisationName })}
        <br />
        {t("addressChanged.contact", { supportEmail, supportPhone })}
      </EmailParagraph>
    </EmailLayout>
  );
}

export default AddressChangedEmail;
