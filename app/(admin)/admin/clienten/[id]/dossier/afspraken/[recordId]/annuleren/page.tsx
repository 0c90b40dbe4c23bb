import { getFormatter, getTranslations } from "next-intl/server";
import { DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { DetailsList } from "@/components/details-list";
import { upperFirst } from "@/components/upper-first";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { getAppointmentToEdit } from "@/lib/dossier/admin/queries/get-appointment-to-edit";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../../_components/admin-metadata";
import { adminStyles } from "../../../../../../_components/admin-styles";
import { CancelAppointmentForm } from "../../../_components/cancel-appointment-form";
import { DossierFrame } from "../../../_components/dossier-frame";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.appointments");

  return adminMetadata(t("cancelTitle"));
}

type Props = { params: Promise<{ id: string; recordId: string }> };

// "Afspraak annuleren": which appointment, and the reason the client reads.
export default async function CancelAppointmentPage({ params }: Props) {
  const { id, recordId } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data: appointment } = await readDossierAsAdmin(
    session,
    id,
    { page: "appointment", recordId },
    (scope) => withDossierClient(scope, getAppointmentToEdit(scope, recordId)),
  );
  const t = await getTranslations("adminDossier.appointments");
  const format = await getFormatter();
  const backHref = sectionPath(client.id, "afspraken");

  return (
    <DossierFrame client={client} section="afspraken" title={t("cancelTitle")}>
      <section aria-labelledby="de-afspraak" className="mb-6">
        <h2 id="de-afspraak" className="text-xl font-semibold">
          {t("summaryTitle")}
        </h2>
        <DetailsList
          items={[
            { label: t("description"), value: appointment.description },
            {
              label: t("when"),
              value: t("time", {
                date: upperFirst(format.dateTime(appointment.startsAt, DAY_FORMAT)),
                start: format.dateTime(appointment.startsAt, TIME_FORMAT),
                end: format.dateTime(appointment.endsAt, TIME_FORMAT),
              }),
            },
            { label: t("location"), value: appointment.location },
            { label: t("careWorker"), value: appointment.careWorker },
          ]}
        />
      </section>

      {appointment.status === "CANCELLED" ? (
        <p className={adminStyles.warning}>{t("alreadyCancelled")}</p>
      ) : (
        <>
          <p className="mb-6 max-w-prose text-slate-700">{t("cancelIntro")}</p>
          <CancelAppointmentForm
            clientId={client.id}
            appointmentId={appointment.id}
            basedOnUpdatedAt={appointment.updatedAt.toISOString()}
            backHref={backHref}
          />
        </>
      )}
    </DossierFrame>
  );
}
