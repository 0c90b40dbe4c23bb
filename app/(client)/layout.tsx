import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { AccountMenu } from "./_components/account-menu";
import { MainNav } from "./_components/main-nav";

// Every client page: the portal's name, the client's own menu, the main
// navigation and a footer with help. Pages check the session themselves as
// well, because a layout is not re-run on every navigation.
export default async function ClientLayout({ children }: { children: React.ReactNode }) {
  const session = await requireClientSession();
  const t = await getTranslations("dossier.layout");
  const { portalName, supportEmail, supportPhone } = getConfig();

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <Link
            href="/overzicht"
            aria-label={t("home", { portalName })}
            className="rounded text-lg font-bold whitespace-nowrap text-brand-700 sm:text-xl"
          >
            {portalName}
          </Link>
          <AccountMenu name={session.name} />
        </div>
        <MainNav />
      </header>

      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>

      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-slate-700">
          <p>
            <Link href="/help" className="text-brand-700 underline underline-offset-4">
              {t("help")}
            </Link>
          </p>
          <p>{t("contact", { phone: supportPhone, email: supportEmail })}</p>
        </div>
      </footer>
    </div>
  );
}
