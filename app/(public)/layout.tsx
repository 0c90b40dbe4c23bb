import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getConfig } from "@/lib/config/config";

// Shared frame of the pages anyone may open (login, help, forgotten
// password): the portal's name, a way to help, and the page's main content.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("auth.layout");
  const { portalName } = getConfig();

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-4">
          <Link
            href="/"
            aria-label={t("homeLabel", { portalName })}
            className="text-xl font-semibold text-brand-700"
          >
            {portalName}
          </Link>
          <Link href="/help" className="text-brand-700 underline underline-offset-2">
            {t("help")}
          </Link>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
