import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { Panel } from "@/components/panel";
import {
  carePlanVersionPath,
  newCarePlanVersionPath,
  newRecordPath,
  sectionPath,
} from "@/lib/admin/dossier/dossier-paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getDossierSummary } from "@/lib/dossier/admin/queries/get-dossier-summary";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../_components/admin-metadata";
import { adminStyles } from "../../../_components/admin-styles";
import { AppointmentList } from "./_components/appointment-list";
import { ContactMomentList } from "./_components/contact-moment-list";
import { DossierFrame } from "./_components/dossier-frame";
import { ReportList } from "./_components/report-list";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier");

  return adminMetadata(t("nav.overview"));
}

type Props = { params: Promise<{ id: string }> };

// The admin's overview of a client's dossier: each section in brief, with
// the way to add, change and see everything.
export default async function DossierOverviewPage({ params }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data } = await readDossierAsAdmin(session, id, { page: "dossier" }, (scope) =>
    withDossierClient(scope, getDossierSummary(scope)),
  );
  const t = await getTranslations("adminDossier");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, CALENDAR_DATE_FORMAT);

  const { versions, currentVersion } = data.carePlan;
  const current = versions.find((item) => item.version === currentVersion);
  const planned = versions.filter((item) => item.planned);
  const newest = versions[0];
  const showAll = (section: "afspraken" | "rapportages" | "contactmomenten", count: number) => (
    <p className="mt-4">
      <Link href={sectionPath(client.id, section)} className={adminStyles.link}>
        {t("overview.showAll", { section: t(`nav.${section}`).toLowerCase(), count })}
      </Link>
    </p>
  );
  const addLink = (href: string, label: string) => (
    <Link href={href} className={adminStyles.secondaryButton}>
      {label}
    </Link>
  );

  return (
    <DossierFrame client={client} section="overview">
      <p className="mb-6 max-w-prose text-slate-700">{t("overview.intro")}</p>

      <div className="space-y-6">
        <Panel id="zorgplan" title={t("carePlan.title")}>
          {current ? (
            <>
              <p className="font-medium">
                {t("carePlan.inForce", {
                  version: current.version,
                  validFrom: day(current.validFrom),
                })}
              </p>
              <p className="mt-1 line-clamp-3 max-w-prose whitespace-pre-line text-slate-900">
                {current.summary}
              </p>
            </>
          ) : (
            <EmptyState>
              {versions.length ? t("carePlan.noneInForce") : t("carePlan.empty")}
            </EmptyState>
          )}
          {planned.map((item) => (
            <p key={item.version} className="mt-2 text-slate-700">
              {t("carePlan.planned", { version: item.version, validFrom: day(item.validFrom) })}
            </p>
          ))}
          <div className="mt-4 flex flex-wrap gap-3">
            {newest
              ? addLink(
                  newCarePlanVersionPath(client.id, newest.version),
                  t("carePlan.editVersion"),
                )
              : null}
            {addLink(newCarePlanVersionPath(client.id), t("carePlan.newVersion"))}
          </div>
          {newest ? (
            <p className="mt-4">
              <Link
                href={carePlanVersionPath(client.id, (current ?? newest).version)}
                className={adminStyles.link}
              >
                {t("carePlan.view")}
              </Link>
            </p>
          ) : null}
        </Panel>

        <Panel
          id="afspraken"
          title={t("appointments.upcomingTitle")}
          actions={addLink(newRecordPath(client.id, "afspraken"), t("appointments.add"))}
        >
          <AppointmentList
            clientId={client.id}
            appointments={data.appointments.upcoming}
            empty={t("appointments.upcomingEmpty")}
          />
          {showAll("afspraken", data.appointments.total)}
        </Panel>

        <Panel
          id="rapportages"
          title={t("reports.title")}
          actions={addLink(newRecordPath(client.id, "rapportages"), t("reports.add"))}
        >
          <ReportList clientId={client.id} reports={data.reports.newest} />
          {showAll("rapportages", data.reports.total)}
        </Panel>

        <Panel
          id="contactmomenten"
          title={t("contactMoments.title")}
          actions={addLink(newRecordPath(client.id, "contactmomenten"), t("contactMoments.add"))}
        >
          <ContactMomentList clientId={client.id} moments={data.contactMoments.newest} />
          {showAll("contactmomenten", data.contactMoments.total)}
        </Panel>
      </div>
    </DossierFrame>
  );
}
