"use client";

import { useTranslations } from "next-intl";
import { createReportAction, updateReportAction } from "@/lib/admin/dossier/actions/report-actions";
import { REPORT_CATEGORIES } from "@/lib/admin/dossier/dossier-choices";
import { REPORT_TEXT_MAX, SHORT_TEXT_MAX } from "@/lib/admin/dossier/dossier-limits";
import { DossierForm } from "./dossier-form";
import { DateTimeField, SelectField, TextAreaField, TextField } from "./dossier-fields";

type ReportFormProps = {
  clientId: string;
  // Absent for a new report. For an edit: which report, and when it was
  // last saved as loaded, sent back so a save over a newer one is refused.
  edit?: { reportId: string; basedOnUpdatedAt: string };
  defaults: { writtenAt: string; author: string; category: string; text: string };
  cancelHref: string;
};

// "Rapportage toevoegen" and "Rapportage bewerken".
export function ReportForm({ clientId, edit, defaults, cancelHref }: ReportFormProps) {
  const t = useTranslations("adminDossier.reports");
  const categories = useTranslations("dossier.categories");

  return (
    <DossierForm
      action={edit ? updateReportAction : createReportAction}
      hidden={edit ? { clientId, ...edit } : { clientId }}
      submitLabel={t("save")}
      cancelHref={cancelHref}
    >
      <DateTimeField name="writtenAt" label={t("writtenAt")} defaultValue={defaults.writtenAt} />
      <TextField
        name="author"
        label={t("author")}
        defaultValue={defaults.author}
        max={SHORT_TEXT_MAX}
      />
      <SelectField
        name="category"
        label={t("category")}
        placeholder={t("chooseCategory")}
        defaultValue={defaults.category}
        options={REPORT_CATEGORIES.map((value) => ({ value, label: categories(value) }))}
      />
      <TextAreaField
        name="text"
        label={t("text")}
        hint={t("textHint", { max: REPORT_TEXT_MAX })}
        defaultValue={defaults.text}
        max={REPORT_TEXT_MAX}
        rows={10}
      />
    </DossierForm>
  );
}
