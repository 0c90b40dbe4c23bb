import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { getAppointmentToEdit } from "@/lib/dossier/admin/queries/get-appointment-to-edit";
import { formatLocalDateTime } from "@/lib/admin/dossier/time/local-date-time";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../../_components/admin-metadata";
import { adminStyles } from "../../../../../../_components/admin-styles";
import { AppointmentForm } from "../../../_components/appointment-form";
import { DossierFrame } from "../../../_components/dossier-frame";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.appointments");

  return adminMetadata(t("editTitle"));
}

type Props = { params: Promise<{ id: string; recordId: string }> };

// "Afspraak wijzigen": move it, or change place, care worker or
// description. A cancelled appointment stays as it is.
export default async function EditAppointmentPage({ params }: Props) {
  const { id, recordId } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data: appointment } = await readDossierAsAdmin(
    session,
    id,
    { page: "appointment", recordId },
    (scope) => withDossierClient(scope, getAppointmentToEdit(scope, recordId)),
  );
  const t = await getTranslations("adminDossier.appointments");
  const { timeZone } = getConfig();

  return (
    <DossierFrame client={client} section="afspraken" title={t("editTitle")}>
      {appointment.status === "CANCELLED" ? (
        <p className={adminStyles.warning}>{t("alreadyCancelled")}</p>
      ) : (
        <>
          <p className="mb-6 max-w-prose text-slate-700">{t("editIntro")}</p>
          <AppointmentForm
            clientId={client.id}
            edit={{
              appointmentId: appointment.id,
              basedOnUpdatedAt: appointment.updatedAt.toISOString(),
            }}
            defaults={{
              startsAt: formatLocalDateTime(appointment.startsAt, timeZone),
              endsAt: formatLocalDateTime(appointment.endsAt, timeZone),
              location: appointment.location,
              careWorker: appointment.careWorker,
              description: appointment.description,
            }}
            cancelHref={sectionPath(client.id, "afspraken")}
          />
        </>
      )}
    </DossierFrame>
  );
}
