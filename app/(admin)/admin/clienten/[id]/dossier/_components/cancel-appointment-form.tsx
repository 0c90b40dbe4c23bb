"use client";

import { useTranslations } from "next-intl";
import { cancelAppointmentAction } from "@/lib/admin/dossier/actions/appointment-actions";
import { CANCEL_REASON_MAX } from "@/lib/admin/dossier/dossier-limits";
import { DossierForm } from "./dossier-form";
import { TextAreaField } from "./dossier-fields";

type CancelAppointmentFormProps = { clientId: string; appointmentId: string; backHref: string };

// "Afspraak annuleren": the reason is required; the client reads it.
export function CancelAppointmentForm({
  clientId,
  appointmentId,
  backHref,
}: CancelAppointmentFormProps) {
  const t = useTranslations("adminDossier.appointments");

  return (
    <DossierForm
      action={cancelAppointmentAction}
      hidden={{ clientId, appointmentId }}
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
