"use client";

import { useTranslations } from "next-intl";
import { saveCarePlanVersionAction } from "@/lib/admin/dossier/actions/care-plan-actions";
import { DESCRIPTION_MAX, SHORT_TEXT_MAX, SUMMARY_MAX } from "@/lib/admin/dossier/dossier-limits";
import { DossierForm } from "./dossier-form";
import { DateField, TextAreaField, TextField } from "./dossier-fields";
import { RowsFieldset } from "./rows-fieldset";

type CarePlanFormProps = {
  clientId: string;
  // The newest version when the page was opened (0: none yet).
  basedOnVersion: number;
  defaults: {
    validFrom: string;
    summary: string;
    createdBy: string;
    goals: { title: string; description: string }[];
    agreements: { description: string; frequency: string; provider: string }[];
  };
  cancelHref: string;
};

// "Nieuwe versie van het zorgplan", empty or filled in with an existing
// version.
export function CarePlanForm({
  clientId,
  basedOnVersion,
  defaults,
  cancelHref,
}: CarePlanFormProps) {
  const t = useTranslations("adminDossier.carePlan");

  return (
    <DossierForm
      action={saveCarePlanVersionAction}
      hidden={{ clientId, basedOnVersion: String(basedOnVersion) }}
      submitLabel={t("save")}
      cancelHref={cancelHref}
    >
      <DateField
        name="validFrom"
        label={t("validFrom")}
        hint={t("validFromHint")}
        defaultValue={defaults.validFrom}
      />
      <TextAreaField
        name="summary"
        label={t("summary")}
        hint={t("summaryHint", { max: SUMMARY_MAX })}
        defaultValue={defaults.summary}
        max={SUMMARY_MAX}
      />
      <TextField
        name="createdBy"
        label={t("author")}
        hint={t("authorHint")}
        defaultValue={defaults.createdBy}
        max={SHORT_TEXT_MAX}
      />
      <RowsFieldset
        name="goals"
        legend={t("goals")}
        rowLabel={(number) => t("goal", { number })}
        addLabel={t("addGoal")}
        removeLabel={(number) => t("removeGoal", { number })}
        fields={[
          { key: "title", label: t("goalTitle"), max: SHORT_TEXT_MAX },
          {
            key: "description",
            label: t("goalDescription"),
            multiline: true,
            max: DESCRIPTION_MAX,
          },
        ]}
        initialRows={defaults.goals}
      />
      <RowsFieldset
        name="agreements"
        legend={t("agreements")}
        rowLabel={(number) => t("agreement", { number })}
        addLabel={t("addAgreement")}
        removeLabel={(number) => t("removeAgreement", { number })}
        fields={[
          {
            key: "description",
            label: t("agreementDescription"),
            multiline: true,
            max: DESCRIPTION_MAX,
          },
          { key: "frequency", label: t("agreementFrequency"), max: SHORT_TEXT_MAX },
          { key: "provider", label: t("agreementProvider"), max: SHORT_TEXT_MAX },
        ]}
        initialRows={defaults.agreements}
      />
    </DossierForm>
  );
}
