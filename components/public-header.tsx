import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getConfig } from "@/lib/config/config";

// The header of the pages anyone may open, and of the "not found" page:
// the portal's name, leading home, and a way to help.
export async function PublicHeader() {
  const t = await getTranslations("auth.layout");
  const { portalName } = getConfig();

  return (
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
  );
}
