import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/section-nav";

const SECTIONS = [
  { href: "/overzicht", key: "overview" },
  { href: "/zorgplan", key: "carePlan" },
  { href: "/afspraken", key: "appointments" },
  { href: "/rapportages", key: "reports" },
  { href: "/contactmomenten", key: "contactMoments" },
] as const;

// The dossier's sections.
export async function MainNav() {
  const t = await getTranslations("dossier");

  return (
    <SectionNav
      label={t("layout.navLabel")}
      sections={SECTIONS.map(({ href, key }) => ({ href, label: t(`nav.${key}`) }))}
    />
  );
}
