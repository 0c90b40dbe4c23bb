import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DetailsList } from "@/components/details-list";
import { CALENDAR_DATE_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { parseCarePlanVersion } from "@/lib/dossier/params/parse-care-plan-version";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { getCarePlan } from "@/lib/dossier/queries/get-care-plan";
import { readDossier } from "@/lib/dossier/read-dossier";
import { pageMetadata } from "../_components/page-title";

export async function generateMetadata() {
  const t = await getTranslations("dossier.carePlan");

  return pageMetadata(t("title"));
}

type Props = { searchParams: Promise<SearchParams> };

// The care plan in force (lib/dossier/care-plan/care-plan-in-force.ts), or
// another version with ?versie=N.
export default async function CarePlanPage({ searchParams }: Props) {
  const session = await requireClientSession();
  const version = parseCarePlanVersion(await searchParams);
  const view = await readDossier(session, { page: "care-plan", version }, (scope) =>
    getCarePlan(scope, version),
  );
  const t = await getTranslations("dossier.carePlan");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, CALENDAR_DATE_FORMAT);

  const { plan, versions, currentVersion } = view;
  const versionList = (
    <Panel id="versies" title={t("versionsTitle")}>
      <p className="mb-3 max-w-prose text-slate-700">{t("versionsIntro")}</p>
      <ul className="space-y-2">
        {versions.map((item) => {
          const shown = item.version === plan?.version;
          const isCurrent = item.version === currentVersion;
          const label = t("versionLink", {
            version: item.version,
            validFrom: day(item.validFrom),
          });

          return (
            <li key={item.version}>
              <Link
                href={isCurrent ? "/zorgplan" : `/zorgplan?versie=${item.version}`}
                aria-current={shown ? "page" : undefined}
                className="text-brand-700 underline underline-offset-4 hover:text-brand-800 aria-[current=page]:font-semibold aria-[current=page]:no-underline aria-[current=page]:text-slate-900"
              >
                {label}
              </Link>{" "}
              {isCurrent ? <span className="text-slate-700">{t("currentMarker")}</span> : null}{" "}
              {item.planned ? <span className="text-slate-700">{t("plannedMarker")}</span> : null}{" "}
              {shown ? <span className="text-slate-700">{t("shownMarker")}</span> : null}
            </li>
          );
        })}
      </ul>
    </Panel>
  );

  if (!plan) {
    return (
      <>
        <PageHeading title={t("title")} />
        <EmptyState>{t("empty")}</EmptyState>
        {versions.length > 0 ? <div className="mt-6">{versionList}</div> : null}
      </>
    );
  }

  return (
    <>
      <PageHeading
        title={t("title")}
        intro={t("versionLine", { version: plan.version, validFrom: day(plan.validFrom) })}
      />

      {view.isCurrent ? null : (
        <div className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-medium text-amber-900">
            {view.isPlanned ? t("plannedVersion") : t("olderVersion")}
          </p>
          <Link href="/zorgplan" className="mt-1 inline-block text-brand-700 underline underline-offset-4">
            {t("toCurrent")}
          </Link>
        </div>
      )}

      <div className="space-y-6">
        <Panel id="samenvatting" title={t("summaryTitle")}>
          <p className="max-w-prose whitespace-pre-line text-slate-900">{plan.summary}</p>
          <p className="mt-3 text-slate-700">{t("createdBy", { name: plan.createdBy })}</p>
        </Panel>

        <Panel id="doelen" title={t("goalsTitle")}>
          {plan.goals.length === 0 ? (
            <EmptyState>{t("goalsEmpty")}</EmptyState>
          ) : (
            <ol className="space-y-4">
              {plan.goals.map((goal, index) => (
                <li key={goal.id} className="flex gap-3">
                  <span
                    aria-hidden="true"
                    className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-50 font-semibold text-brand-800"
                  >
                    {index + 1}
                  </span>
                  <div>
                    <h3 className="font-semibold">{goal.title}</h3>
                    <p className="mt-1 max-w-prose text-slate-800">{goal.description}</p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Panel>

        <Panel id="afgesproken-zorg" title={t("agreementsTitle")}>
          {plan.agreements.length === 0 ? (
            <EmptyState>{t("agreementsEmpty")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {plan.agreements.map((agreement) => (
                <li key={agreement.id} className="rounded-lg border border-slate-200 px-4 pt-4 pb-2">
                  <h3 className="font-semibold">{agreement.description}</h3>
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

        {versions.length > 1 ? versionList : null}
      </div>
    </>
  );
}
