"use client";

import { useTranslations } from "next-intl";
import {
  createContactMomentAction,
  updateContactMomentAction,
} from "@/lib/admin/dossier/actions/contact-moment-actions";
import { CONTACT_CHANNELS } from "@/lib/admin/dossier/dossier-choices";
import { SHORT_TEXT_MAX, SUMMARY_MAX } from "@/lib/admin/dossier/dossier-limits";
import { DossierForm } from "./dossier-form";
import { DateTimeField, SelectField, TextAreaField, TextField } from "./dossier-fields";

type ContactMomentFormProps = {
  clientId: string;
  // Absent for a new contact moment. For an edit: which one, and when it
  // was last saved as loaded, sent back so a save over a newer one is
  // refused.
  edit?: { contactMomentId: string; basedOnUpdatedAt: string };
  defaults: { occurredAt: string; channel: string; withWhom: string; summary: string };
  cancelHref: string;
};

// "Contactmoment toevoegen" and "Contactmoment bewerken".
export function ContactMomentForm(props: ContactMomentFormProps) {
  const { clientId, edit, defaults } = props;
  const t = useTranslations("adminDossier.contactMoments");
  const channels = useTranslations("dossier.channels");

  return (
    <DossierForm
      action={edit ? updateContactMomentAction : createContactMomentAction}
      hidden={edit ? { clientId, ...edit } : { clientId }}
      submitLabel={t("save")}
      cancelHref={props.cancelHref}
    >
      <DateTimeField name="occurredAt" label={t("occurredAt")} defaultValue={defaults.occurredAt} />
      <SelectField
        name="channel"
        label={t("channel")}
        placeholder={t("chooseChannel")}
        defaultValue={defaults.channel}
        options={CONTACT_CHANNELS.map((value) => ({ value, label: channels(value) }))}
      />
      <TextField
        name="withWhom"
        label={t("withWhom")}
        hint={t("withWhomHint")}
        defaultValue={defaults.withWhom}
        max={SHORT_TEXT_MAX}
      />
      <TextAreaField
        name="summary"
        label={t("summary")}
        hint={t("summaryHint", { max: SUMMARY_MAX })}
        defaultValue={defaults.summary}
        max={SUMMARY_MAX}
      />
    </DossierForm>
  );
}
