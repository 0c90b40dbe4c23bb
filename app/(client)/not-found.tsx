import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Shown for a record that does not exist or is not the reader's: the same
// words either way, so nothing is given away.
export default async function ClientNotFound() {
  const t = await getTranslations("dossier.layout");

  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundText")}</p>
      <Link href="/overzicht" className="inline-block text-brand-700 underline underline-offset-4">
        {t("toOverview")}
      </Link>
    </div>
  );
}
