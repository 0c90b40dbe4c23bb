"use client";

import { useTranslations } from "next-intl";
import {
  createAppointmentAction,
  rescheduleAppointmentAction,
} from "@/lib/admin/dossier/actions/appointment-actions";
import { DESCRIPTION_MAX, SHORT_TEXT_MAX } from "@/lib/admin/dossier/dossier-limits";
import { DossierForm } from "./dossier-form";
import { DateTimeField, TextAreaField, TextField } from "./dossier-fields";

type AppointmentFormProps = {
  clientId: string;
  // Absent for a new appointment. For a change: which one, and when it was
  // last saved as loaded, sent back so a save over a newer one is refused.
  edit?: { appointmentId: string; basedOnUpdatedAt: string };
  defaults: {
    startsAt: string;
    endsAt: string;
    location: string;
    careWorker: string;
    description: string;
  };
  cancelHref: string;
};

// "Afspraak toevoegen" and "Afspraak wijzigen" (another time, place, care
// worker or description).
export function AppointmentForm(props: AppointmentFormProps) {
  const { clientId, edit, defaults } = props;
  const t = useTranslations("adminDossier.appointments");

  return (
    <DossierForm
      action={edit ? rescheduleAppointmentAction : createAppointmentAction}
      hidden={edit ? { clientId, ...edit } : { clientId }}
      submitLabel={t("save")}
      cancelHref={props.cancelHref}
    >
      <div className="grid gap-6 sm:grid-cols-2">
        <DateTimeField name="startsAt" label={t("startsAt")} defaultValue={defaults.startsAt} />
        <DateTimeField name="endsAt" label={t("endsAt")} defaultValue={defaults.endsAt} />
      </div>
      <TextField
        name="location"
        label={t("location")}
        defaultValue={defaults.location}
        max={SHORT_TEXT_MAX}
      />
      <TextField
        name="careWorker"
        label={t("careWorker")}
        defaultValue={defaults.careWorker}
        max={SHORT_TEXT_MAX}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint", { max: DESCRIPTION_MAX })}
        defaultValue={defaults.description}
        max={DESCRIPTION_MAX}
        rows={3}
      />
    </DossierForm>
  );
}
