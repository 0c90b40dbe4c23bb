import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE_FORMAT } from "@/components/date-formats";
import { DetailsList } from "@/components/details-list";
import { EmptyState } from "@/components/empty-state";
import { Panel } from "@/components/panel";
import { newCarePlanVersionPath } from "@/lib/admin/dossier/dossier-paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { parseCarePlanVersion } from "@/lib/dossier/params/parse-care-plan-version";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { getCarePlan } from "@/lib/dossier/queries/get-care-plan";
import { adminMetadata } from "../../../../_components/admin-metadata";
import { adminStyles } from "../../../../_components/admin-styles";
import { CarePlanVersions } from "../_components/care-plan-versions";
import { readNotice } from "../_components/dossier-page-params";
import { DossierFrame } from "../_components/dossier-frame";
import { DossierNotice } from "../_components/dossier-notice";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.carePlan");

  return adminMetadata(t("title"));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The care plan as the client sees it (the version in force, see
// lib/dossier/care-plan/care-plan-in-force.ts) or any version with
// ?versie=N, the history, and the way to a new version.
export default async function CarePlanSectionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const search = await searchParams;
  const version = parseCarePlanVersion(search);
  const { client, data: view } = await readDossierAsAdmin(
    session,
    id,
    { page: "care-plan", version },
    (scope) =>
      withDossierClient(
        scope,
        getCarePlan(scope, version).then(async (found) => {
          // With no version in force yet, the admin sees the newest.
          const newest = found?.versions[0];
          return found && !found.plan && newest ? getCarePlan(scope, newest.version) : found;
        }),
      ),
  );
  const t = await getTranslations("adminDossier.carePlan");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, CALENDAR_DATE_FORMAT);
  const notice = readNotice(search);
  const { plan, versions, currentVersion } = view;

  return (
    <DossierFrame client={client} section="zorgplan">
      {notice ? <DossierNotice notice={notice} /> : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <div className="flex flex-wrap gap-3">
          {plan ? (
            <Link
              href={newCarePlanVersionPath(client.id, plan.version)}
              className={adminStyles.secondaryButton}
            >
              {t("editVersion")}
            </Link>
          ) : null}
          <Link href={newCarePlanVersionPath(client.id)} className={adminStyles.secondaryButton}>
            {t("newVersion")}
          </Link>
        </div>
      </div>
      <p className="mb-6 max-w-prose text-slate-700">{t("rule")}</p>

      {!plan ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <Panel
            id="versie"
            level={3}
            title={t("versionLink", { version: plan.version, validFrom: day(plan.validFrom) })}
          >
            <p className="text-slate-700">
              {plan.version === currentVersion ? t("inForceMarker") : null}
              {"isPlanned" in view && view.isPlanned ? t("plannedMarker") : null}
            </p>
            <h4 className="mt-4 font-semibold">{t("summaryTitle")}</h4>
            <p className="mt-1 max-w-prose whitespace-pre-line text-slate-900">{plan.summary}</p>
            <p className="mt-2 text-slate-700">{t("createdBy", { name: plan.createdBy })}</p>

            <h4 className="mt-6 font-semibold">{t("goalsTitle")}</h4>
            {plan.goals.length === 0 ? (
              <p className="text-slate-700">{t("goalsEmpty")}</p>
            ) : (
              <ol className="mt-2 list-decimal space-y-2 pl-6">
                {plan.goals.map((goal) => (
                  <li key={goal.id}>
                    <span className="font-medium">{goal.title}</span>
                    <p className="max-w-prose text-slate-800">{goal.description}</p>
                  </li>
                ))}
              </ol>
            )}

            <h4 className="mt-6 font-semibold">{t("agreementsTitle")}</h4>
            {plan.agreements.length === 0 ? (
              <p className="text-slate-700">{t("agreementsEmpty")}</p>
            ) : (
              <ul className="mt-2 space-y-3">
                {plan.agreements.map((agreement) => (
                  <li
                    key={agreement.id}
                    className="rounded-lg border border-slate-200 px-4 pt-3 pb-1"
                  >
                    <p className="font-medium">{agreement.description}</p>
                    <DetailsList
                      compact
                      items={[
                        { label: t("frequency"), value: agreement.frequency },
                        { label: t("provider"), value: agreement.provider },
                      ]}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <Panel id="versies" level={3} title={t("versionsTitle")}>
            <CarePlanVersions
              clientId={client.id}
              versions={versions}
              currentVersion={currentVersion}
              shownVersion={plan.version}
            />
          </Panel>
        </div>
      )}
    </DossierFrame>
  );
}
