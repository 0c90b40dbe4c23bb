import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CLIENTS_PATH } from "@/lib/admin/paths";

// An unknown client, or an id that cannot be one: the same words either way.
export default async function AdminNotFound() {
  const t = await getTranslations("admin.layout");

  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundText")}</p>
      <Link
        href={CLIENTS_PATH}
        className="inline-block text-brand-700 underline underline-offset-4"
      >
        {t("toClients")}
      </Link>
    </div>
  );
}
