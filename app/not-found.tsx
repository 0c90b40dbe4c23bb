import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicHeader } from "@/components/public-header";

// Outside the client's and the admin's areas, which have their own: with
// the portal's header, so the visitor still sees where they are.
export default async function NotFound() {
  const t = await getTranslations("errors");

  return (
    <div className="flex min-h-dvh flex-col">
      <PublicHeader />
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
        <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
        <p className="mt-4 text-slate-700">{t("notFoundText")}</p>
        <Link href="/" className="mt-6 inline-block text-brand-700 underline">
          {t("toHome")}
        </Link>
      </main>
    </div>
  );
}
