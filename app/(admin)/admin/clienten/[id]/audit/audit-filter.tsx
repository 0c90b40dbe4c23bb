import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { AuditSearch } from "@/lib/admin/audit/parse-audit-search";
import { adminStyles } from "../../../_components/admin-styles";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 sm:w-48";

// Period and kind: a plain GET form, so the result can be bookmarked and
// works without JavaScript.
export async function AuditFilter({ search, action }: { search: AuditSearch; action: string }) {
  const t = await getTranslations("admin.audit");
  const has = (error: string) => search.errors.includes(error as (typeof search.errors)[number]);
  const fromInvalid = has("invalidFrom") || has("fromAfterTo");
  const toInvalid = has("invalidTo") || has("fromAfterTo");
  const messages = [
    ...search.errors.map((error) => t(`errors.${error}`)),
    ...(search.actionInvalid ? [t("errors.invalidKind")] : []),
  ];
  const hasFilter = Boolean(search.from || search.to || search.action || search.actionInvalid);

  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="filter-titel"
      className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="filter-titel" className="text-lg font-semibold">
        {t("filterTitle")}
      </h2>
      {messages.length > 0 ? (
        <div id="filter-fout" role="alert" className={`mt-3 ${adminStyles.alert}`}>
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
          <p>{t("errors.notApplied")}</p>
        </div>
      ) : null}

      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div>
          <label htmlFor="van" className="font-medium">
            {t("from")}
          </label>
          <input
            id="van"
            name="van"
            type="date"
            defaultValue={search.from}
            aria-invalid={fromInvalid || undefined}
            aria-describedby={fromInvalid ? "filter-fout" : undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="tot" className="font-medium">
            {t("to")}
          </label>
          <input
            id="tot"
            name="tot"
            type="date"
            defaultValue={search.to}
            aria-invalid={toInvalid || undefined}
            aria-describedby={toInvalid ? "filter-fout" : undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="soort" className="font-medium">
            {t("kind")}
          </label>
          <select
            id="soort"
            name="soort"
            defaultValue={search.action ?? ""}
            aria-invalid={search.actionInvalid || undefined}
            aria-describedby={search.actionInvalid ? "filter-fout" : undefined}
            className={`${inputClass} sm:w-72`}
          >
            <option value="">{t("allKinds")}</option>
            {AUDIT_ACTIONS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`actions.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={adminStyles.primaryButton}>
            {t("apply")}
          </button>
          {hasFilter ? (
            <Link href={action} className={adminStyles.link}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
