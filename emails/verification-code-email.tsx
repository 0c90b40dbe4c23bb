import { Text } from "@react-email/components";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { CODE_VALID_MINUTES } from "@/lib/auth/constants";
import { EmailLayout, EmailParagraph } from "./components/email-layout";
import { getEmailTranslator } from "./components/email-translator";
import { PREVIEW_ORGANISATION, type EmailOrganisation } from "./components/organisation";

export type VerificationCodeEmailProps = {
  code?: string;
  purpose?: ChallengePurpose;
  organisation?: EmailOrganisation;
};

const codeStyle = {
  fontSize: "32px",
  fontWeight: 700,
  letterSpacing: "8px",
  textAlign: "center",
  backgroundColor: "#eff6ff",
  color: "#1e3a8a",
  padding: "16px",
  margin: "8px 0 24px",
} as const;

// The code is left out of the subject and preview text on purpose: those
// show on a locked phone screen.
export function VerificationCodeEmail({
  code = "123456",
  purpose = "LOGIN",
  organisation = PREVIEW_ORGANISATION,
}: VerificationCodeEmailProps) {
  const t = getEmailTranslator();
  const { organisationName, portalName } = organisation;

  return (
    <EmailLayout
      organisation={organisation}
      preview={t("verificationCode.preview", { portalName })}
      heading={t(`verificationCode.${purpose}.heading`)}
    >
      <EmailParagraph>{t(`verificationCode.${purpose}.intro`, { portalName })}</EmailParagraph>
      <Text style={codeStyle}>{code}</Text>
      <EmailParagraph>
        {t("verificationCode.validity", { minutes: CODE_VALID_MINUTES })}
      </EmailParagraph>
      <EmailParagraph>{t("verificationCode.neverShare", { organisationName })}</EmailParagraph>
      <EmailParagraph>{t("verificationCode.notYou", { purpose, organisationName })}</EmailParagraph>
    </EmailLayout>
  );
}

export default VerificationCodeEmail;
