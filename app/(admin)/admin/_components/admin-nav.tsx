import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/nav-link";
import { ADMINS_PATH, CLIENTS_PATH } from "@/lib/admin/paths";

const SECTIONS = [
  { href: CLIENTS_PATH, key: "clients" },
  { href: ADMINS_PATH, key: "admins" },
] as const;

// The admin area's sections. The portal name in the header leads home.
export async function AdminNav() {
  const t = await getTranslations("admin.layout");

  return (
    <nav aria-label={t("navLabel")} className="mx-auto max-w-5xl px-4 pb-3">
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
