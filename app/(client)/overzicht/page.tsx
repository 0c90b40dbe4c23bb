import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getOverview } from "@/lib/dossier/queries/get-overview";
import { readDossier } from "@/lib/dossier/read-dossier";
import { AppointmentSummary } from "../_components/appointment-summary";
import { pageMetadata } from "../_components/page-title";
import { ReportSummary } from "../_components/report-summary";

export async function generateMetadata() {
  const t = await getTranslations("dossier.overview");

  return pageMetadata(t("title"));
}

const moreLinkClass = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800";

export default async function OverviewPage() {
  const session = await requireClientSession();
  const overview = await readDossier(session, { page: "overview" }, (scope) => getOverview(scope));
  const t = await getTranslations("dossier.overview");
  const tPlan = await getTranslations("dossier.carePlan");
  const format = await getFormatter();
  const { carePlan } = overview;

  return (
    <>
      <PageHeading title={t("title")} intro={t("greeting", { name: session.name })} />

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="volgende-afspraken"
          title={t("appointmentsTitle")}
          actions={
            <Link href="/afspraken" className={moreLinkClass}>
              {t("allAppointments")}
            </Link>
          }
        >
          {overview.appointments.length === 0 ? (
            <EmptyState>{t("appointmentsEmpty")}</EmptyState>
          ) : (
            <ul className="space-y-3">
              {overview.appointments.map((appointment) => (
                <li key={appointment.id}>
                  <AppointmentSummary appointment={appointment} />
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="zorgplan-kort" title={t("carePlanTitle")}>
          {carePlan ? (
            <div className="space-y-3">
              <p className="text-slate-700">
                {tPlan("versionLine", {
                  version: carePlan.version,
                  validFrom: format.dateTime(carePlan.validFrom, CALENDAR_DATE_FORMAT),
                })}
              </p>
              <p className="text-slate-900">{carePlan.summary}</p>
              <p className="text-slate-700">
                {t("carePlanCounts", {
                  goals: carePlan._count.goals,
                  agreements: carePlan._count.agreements,
                })}
              </p>
              <Link href="/zorgplan" className={moreLinkClass}>
                {t("toCarePlan")}
              </Link>
            </div>
          ) : (
            <EmptyState>{t("carePlanEmpty")}</EmptyState>
          )}
        </Panel>

        <div className="lg:col-span-2">
          <Panel
            id="laatste-rapportages"
            title={t("reportsTitle")}
            actions={
              <Link href="/rapportages" className={moreLinkClass}>
                {t("allReports")}
              </Link>
            }
          >
            {overview.reports.length === 0 ? (
              <EmptyState>{t("reportsEmpty")}</EmptyState>
            ) : (
              <ul className="space-y-3">
                {overview.reports.map((report) => (
                  <li key={report.id}>
                    <ReportSummary report={report} />
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      </div>
    </>
  );
}
