import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { getEmailTranslator } from "./email-translator";
import type { EmailOrganisation } from "./organisation";

type EmailLayoutProps = {
  organisation: EmailOrganisation;
  preview: string;
  heading: string;
  children: React.ReactNode;
};

// Large type and plenty of contrast: many readers are older and on a phone.
const styles = {
  body: { backgroundColor: "#f3f4f6", fontFamily: "Arial, Helvetica, sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", maxWidth: "560px", margin: "24px auto", padding: "32px" },
  portal: { color: "#1e3a8a", fontSize: "16px", fontWeight: 700, margin: "0 0 24px" },
  heading: { color: "#111827", fontSize: "24px", lineHeight: "32px", margin: "0 0 16px" },
  text: { color: "#111827", fontSize: "18px", lineHeight: "28px" },
  footer: { color: "#4b5563", fontSize: "14px", lineHeight: "22px" },
} as const;

export function EmailLayout({ organisation, preview, heading, children }: EmailLayoutProps) {
  const t = getEmailTranslator();

  return (
    <Html lang="nl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.portal}>{organisation.portalName}</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Section style={styles.text}>{children}</Section>
          <Text style={styles.text}>
            {t("layout.signature")}
            <br />
            {organisation.organisationName}
          </Text>
          <Hr />
          <Text style={styles.footer}>
            {t("layout.automatic", { portalName: organisation.portalName })}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailParagraph({ children }: { children: React.ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}
