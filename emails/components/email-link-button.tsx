import { Button, Link, Text } from "@react-email/components";
import { getEmailTranslator } from "./email-translator";

const styles = {
  button: {
    backgroundColor: "#1e3a8a",
    color: "#ffffff",
    fontSize: "18px",
    fontWeight: 700,
    padding: "14px 24px",
    borderRadius: "6px",
    textDecoration: "none",
  },
  fallback: { color: "#4b5563", fontSize: "14px", lineHeight: "22px" },
  link: { color: "#1e3a8a", wordBreak: "break-all" },
} as const;

// A clear button, and the bare link for mail programs that hide buttons.
// The text part already shows the link after the button's label, so the
// fallback is left out there.
export function EmailLinkButton({ href, label }: { href: string; label: string }) {
  const t = getEmailTranslator();

  return (
    <>
      <Button href={href} style={styles.button}>
        {label}
      </Button>
      <Text style={styles.fallback} data-skip-in-text="true">
        {t("layout.linkFallback")}
        <br />
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </>
  );
}
