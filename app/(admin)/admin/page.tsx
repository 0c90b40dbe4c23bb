import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { ADMINS_PATH, CLIENTS_PATH } from "@/lib/admin/paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { adminMetadata } from "./_components/admin-metadata";

export async function generateMetadata() {
  return adminMetadata();
}

const SECTIONS = [
  { href: CLIENTS_PATH, title: "clientsTitle", text: "clientsText" },
  { href: ADMINS_PATH, title: "adminsTitle", text: "adminsText" },
] as const;

// The admin's start page: where to go from here.
export default async function AdminHomePage() {
  const session = await requireAdminSession();
  const t = await getTranslations("admin.home");

  return (
    <>
      <PageHeading title={t("title")} intro={t("intro", { name: session.name })} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600 hover:bg-brand-50"
            >
              <span className="block text-xl font-semibold text-brand-700 underline underline-offset-4">
                {t(section.title)}
              </span>
              <span className="mt-2 block text-slate-700">{t(section.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
