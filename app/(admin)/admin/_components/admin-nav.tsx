import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/section-nav";
import { ADMINS_PATH, CLIENTS_PATH } from "@/lib/admin/paths";

const SECTIONS = [
  { href: CLIENTS_PATH, key: "clients" },
  { href: ADMINS_PATH, key: "admins" },
] as const;

// The admin area's sections. The portal name in the header leads home.
export async function AdminNav() {
  const t = await getTranslations("admin.layout");

  return (
    <SectionNav
      label={t("navLabel")}
      sections={SECTIONS.map(({ href, key }) => ({ href, label: t(`nav.${key}`) }))}
    />
  );
}
