import { getTranslations } from "next-intl/server";
import {
  FILTER_ERROR_ID,
  FilterForm,
  filterInputClass,
} from "@/components/filter/filter-form";
import { PeriodFields } from "@/components/filter/period-fields";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { AuditSearch } from "@/lib/admin/audit/parse-audit-search";

// Period and kind of the events of one client's dossier.
export async function AuditFilter({
  search,
  action,
}: {
  search: AuditSearch;
  action: string;
}) {
  const t = await getTranslations("admin.audit");
  const errors = [
    ...search.errors.map((error) => t(`errors.${error}`)),
    ...(search.actionInvalid ? [t("errors.invalidKind")] : []),
  ];

  return (
    <FilterForm
      action={action}
      title={t("filterTitle")}
      errors={errors}
      notApplied={t("errors.notApplied")}
      applyLabel={t("apply")}
      clearLabel={t("clear")}
      hasFilter={Boolean(
        search.from || search.to || search.action || search.actionInvalid,
      )}
    >
      <PeriodFields
        from={search.from}
        to={search.to}
        errors={search.errors}
        labels={{ from: t("from"), to: t("to") }}
      />
      <div>
        <label htmlFor="soort" className="font-medium">
          {t("kind")}
        </label>
        <select
          id="soort"
          name="soort"
          defaultValue={search.action ?? ""}
          aria-invalid={search.actionInvalid || undefined}
          aria-describedby={search.actionInvalid ? FILTER_ERROR_ID : undefined}
          className={`${filterInputClass} sm:w-72`}
        >
          <option value="">{t("allKinds")}</option>
          {AUDIT_ACTIONS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`actions.${kind}`)}
            </option>
          ))}
        </select>
      </div>
    </FilterForm>
  );
}
