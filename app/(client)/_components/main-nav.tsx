import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/nav-link";

const SECTIONS = [
  { href: "/overzicht", key: "overview" },
  { href: "/zorgplan", key: "carePlan" },
  { href: "/afspraken", key: "appointments" },
  { href: "/rapportages", key: "reports" },
  { href: "/contactmomenten", key: "contactMoments" },
] as const;

// The dossier's sections. On a phone the links wrap onto a second line
// rather than hiding behind a button: all of them stay one tap away.
export async function MainNav() {
  const t = await getTranslations("dossier");

  return (
    <nav aria-label={t("layout.navLabel")} className="mx-auto max-w-5xl px-4 pb-3">
      <ul className="flex flex-wrap gap-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <NavLink
              href={section.href}
              className="block rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-800 data-current:bg-brand-700 data-current:text-white"
            >
              {t(`nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
