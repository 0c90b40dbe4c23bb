import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/filter/filter-form";
import { PeriodFields } from "@/components/filter/period-fields";
import type {
  ReportSearch,
  ReportSearchError,
} from "@/lib/dossier/params/parse-report-search";

// The period filter above the reports.
export async function ReportFilter({ search }: { search: ReportSearch }) {
  const t = await getTranslations("dossier.reports");

  // A bad date is quoted back as typed, so the reader sees what to correct.
  const errorText = (error: ReportSearchError) =>
    error === "fromAfterTo"
      ? t("errors.fromAfterTo")
      : t(`errors.${error}`, {
          value: (error === "invalidFrom" ? search.from : search.to) ?? "",
        });

  return (
    <FilterForm
      action="/rapportages"
      title={t("filterTitle")}
      errors={search.errors.map(errorText)}
      notApplied={t("errors.notApplied")}
      applyLabel={t("apply")}
      clearLabel={t("clear")}
      hasFilter={Boolean(search.from || search.to)}
    >
      <PeriodFields
        from={search.from}
        to={search.to}
        errors={search.errors}
        labels={{ from: t("from"), to: t("to") }}
      />
    </FilterForm>
  );
}
