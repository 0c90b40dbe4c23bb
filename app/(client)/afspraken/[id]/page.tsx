import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { Badge } from "@/components/badge";
import { DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { DetailsList } from "@/components/details-list";
import { PageHeading } from "@/components/page-heading";
import { upperFirst } from "@/components/upper-first";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { getAppointment } from "@/lib/dossier/queries/get-appointment";
import { readDossier } from "@/lib/dossier/read-dossier";
import { pageMetadata } from "../../_components/page-title";

export async function generateMetadata() {
  const t = await getTranslations("dossier.appointments");

  return pageMetadata(t("detailMetaTitle"));
}

type Props = { params: Promise<{ id: string }> };

// One appointment. An id from another dossier is simply not found.
export default async function AppointmentPage({ params }: Props) {
  const session = await requireClientSession();
  const { id } = await params;
  const appointment = await readDossier(session, { page: "appointment", recordId: id }, (scope) =>
    getAppointment(scope, id),
  );
  const t = await getTranslations("dossier.appointments");
  const format = await getFormatter();
  const cancelled = appointment.status === "CANCELLED";

  return (
    <>
      <div className="mb-4">
        <BackLink href="/afspraken">{t("backToList")}</BackLink>
      </div>
      <PageHeading title={t("detailTitle", { description: appointment.description })} />

      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <DetailsList
          items={[
            {
              label: t("when"),
              value: (
                <>
                  {upperFirst(format.dateTime(appointment.startsAt, DAY_FORMAT))},{" "}
                  {t("time", {
                    start: format.dateTime(appointment.startsAt, TIME_FORMAT),
                    end: format.dateTime(appointment.endsAt, TIME_FORMAT),
                  })}
                </>
              ),
            },
            { label: t("what"), value: appointment.description },
            { label: t("location"), value: appointment.location },
            { label: t("careWorker"), value: appointment.careWorker },
            {
              label: t("status"),
              value: cancelled ? (
                <div className="space-y-1">
                  <Badge tone="danger">{t("statusCancelled")}</Badge>
                  <p className="text-red-800">
                    {appointment.cancelReason
                      ? t("cancelReason", { reason: appointment.cancelReason })
                      : t("cancelReasonUnknown")}
                  </p>
                </div>
              ) : (
                t("statusScheduled")
              ),
            },
          ]}
        />
      </div>

      <p className="mt-6 max-w-prose text-slate-700">
        {t("changeHint", { phone: getConfig().supportPhone })}
      </p>
    </>
  );
}
