import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logout } from "@/lib/auth/actions/logout";
import { Disclosure } from "@/components/disclosure";

const itemClass =
  "block w-full rounded-md px-3 py-2 text-left font-medium text-slate-800 hover:bg-brand-50";

// The client's name, top right, opening their own menu.
export async function AccountMenu({ name }: { name: string }) {
  const t = await getTranslations("account.menu");

  return (
    <Disclosure
      label={
        <>
          <span className="sr-only">{t("label", { name })}</span>
          <span aria-hidden="true" className="block max-w-[8rem] truncate sm:max-w-xs">
            {name}
          </span>
          <span aria-hidden="true" className="text-sm">
            ▾
          </span>
        </>
      }
      buttonClassName="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-50 aria-expanded:bg-brand-50"
      panelClassName="absolute right-0 z-20 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
    >
      <ul className="space-y-1">
        <li>
          <Link href="/informatie" className={itemClass}>
            {t("information")}
          </Link>
        </li>
        <li>
          <form action={logout}>
            <button type="submit" className={itemClass}>
              {t("logout")}
            </button>
          </form>
        </li>
      </ul>
    </Disclosure>
  );
}
