import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CLIENTS_PATH } from "@/lib/admin/paths";
import { adminStyles } from "../_components/admin-styles";

// Search on the client list: a plain GET form, so a result can be
// bookmarked and works without JavaScript.
export async function ClientSearch({ search }: { search: string }) {
  const t = await getTranslations("admin.clients.list");

  return (
    <form method="get" action={CLIENTS_PATH} role="search" className="mb-6">
      <label htmlFor="zoek" className={adminStyles.label}>
        {t("searchLabel")}
      </label>
      <p id="zoek-hint" className={adminStyles.hint}>
        {t("searchHint")}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          id="zoek"
          name="zoek"
          type="search"
          defaultValue={search}
          maxLength={200}
          aria-describedby="zoek-hint"
          autoComplete="off"
          spellCheck={false}
          className="block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className={adminStyles.primaryButton}>
          {t("searchButton")}
        </button>
        {search ? (
          <Link href={CLIENTS_PATH} className={adminStyles.link}>
            {t("clearSearch")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
