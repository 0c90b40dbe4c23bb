import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type {
  ReportSearch,
  ReportSearchError,
} from "@/lib/dossier/params/parse-report-search";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 sm:w-48";

// The period filter: a plain GET form, so it works without JavaScript and
// the result can be bookmarked.
export async function ReportFilter({ search }: { search: ReportSearch }) {
  const t = await getTranslations("dossier.reports");
  const fromInvalid = search.errors.includes("invalidFrom") || search.errors.includes("fromAfterTo");
  const toInvalid = search.errors.includes("invalidTo") || search.errors.includes("fromAfterTo");
  const hasFilter = Boolean(search.from || search.to);
  // A bad date is quoted back as typed, so the reader sees what to correct.
  const errorText = (error: ReportSearchError) =>
    error === "fromAfterTo"
      ? t("errors.fromAfterTo")
      : t(`errors.${error}`, { value: (error === "invalidFrom" ? search.from : search.to) ?? "" });

  return (
    <form
      method="get"
      action="/rapportages"
      role="search"
      aria-labelledby="periode-titel"
      className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="periode-titel" className="text-lg font-semibold">
        {t("filterTitle")}
      </h2>

      {search.errors.length > 0 ? (
        <div id="periode-fout" role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {search.errors.map((error) => (
            <p key={error}>{errorText(error)}</p>
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
            aria-describedby={fromInvalid ? "periode-fout" : undefined}
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
            aria-describedby={toInvalid ? "periode-fout" : undefined}
            className={inputClass}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
          {hasFilter ? (
            <Link href="/rapportages" className="text-brand-700 underline underline-offset-4">
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
