"use client";

import { useTranslations } from "next-intl";
import { cancelAppointmentAction } from "@/lib/admin/dossier/actions/appointment-actions";
import { CANCEL_REASON_MAX } from "@/lib/admin/dossier/dossier-limits";
import { DossierForm } from "./dossier-form";
import { TextAreaField } from "./dossier-fields";

type CancelAppointmentFormProps = {
  clientId: string;
  appointmentId: string;
  // When the appointment was last saved as shown on the page: sent back,
  // so one changed since is not cancelled unseen.
  basedOnUpdatedAt: string;
  backHref: string;
};

// "Afspraak annuleren": the reason is required; the client reads it.
export function CancelAppointmentForm(props: CancelAppointmentFormProps) {
  const { clientId, appointmentId, basedOnUpdatedAt, backHref } = props;
  const t = useTranslations("adminDossier.appointments");

  return (
    <DossierForm
      action={cancelAppointmentAction}
      hidden={{ clientId, appointmentId, basedOnUpdatedAt }}
      submitLabel={t("confirmCancel")}
      cancelHref={backHref}
      cancelLabel={t("keep")}
    >
      <TextAreaField
        name="cancelReason"
        label={t("cancelReasonLabel")}
        hint={t("cancelReasonHint", { max: CANCEL_REASON_MAX })}
        max={CANCEL_REASON_MAX}
        rows={3}
      />
    </DossierForm>
  );
}
