import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/lib/auth/components/logout-button";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { AdminNav } from "./admin/_components/admin-nav";

// Frame of every admin page. The guard here keeps the frame from showing to
// anyone else; each page calls requireAdminSession() itself as well, since
// a layout is not re-run on every navigation.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await requireAdminSession();
  const t = await getTranslations("auth");
  const { portalName } = getConfig();

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <Link href="/admin" className="text-xl font-semibold text-brand-700">
            {t("admin.label", { portalName })}
          </Link>
          <div className="flex items-center gap-4">
            <span className="text-slate-700">{session.name}</span>
            <LogoutButton />
          </div>
        </div>
        <AdminNav />
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
