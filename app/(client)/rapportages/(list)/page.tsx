import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { parseReportSearch, type ReportSearch } from "@/lib/dossier/params/parse-report-search";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { listReports } from "@/lib/dossier/queries/list-reports";
import { readDossier } from "@/lib/dossier/read-dossier";
import { pageMetadata } from "../../_components/page-title";
import { ReportFilter } from "../../_components/report-filter";
import { ReportSummary } from "../../_components/report-summary";

export async function generateMetadata() {
  const t = await getTranslations("dossier.reports");

  return pageMetadata(t("title"));
}

// The link to another page keeps the period as the reader typed it.
function pageHref(search: ReportSearch, page: number): string {
  const query = new URLSearchParams();
  if (search.from) query.set("van", search.from);
  if (search.to) query.set("tot", search.to);
  if (page > 1) query.set("pagina", String(page));
  const text = query.toString();

  return text ? `/rapportages?${text}` : "/rapportages";
}

type Props = { searchParams: Promise<SearchParams> };

// Reports newest first, ten a page, optionally within a period.
export default async function ReportsPage({ searchParams }: Props) {
  const session = await requireClientSession();
  const search = parseReportSearch(await searchParams, getConfig().timeZone);
  const result = await readDossier(session, { page: "reports" }, (scope) =>
    listReports(scope, { page: search.page, from: search.since, until: search.until }),
  );
  const t = await getTranslations("dossier.reports");
  const filtered = Boolean(search.since || search.until);

  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ReportFilter search={search} />

      <h2 className="mb-4 text-xl font-semibold text-slate-900">
        {filtered ? t("countInPeriod", { total: result.total }) : t("count", { total: result.total })}
        {result.pageCount > 1
          ? ` · ${t("position", { page: result.page, pageCount: result.pageCount })}`
          : null}
      </h2>

      {result.reports.length === 0 ? (
        <EmptyState>{filtered ? t("emptyInPeriod") : t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {result.reports.map((report) => (
            <li key={report.id}>
              <ReportSummary report={report} />
            </li>
          ))}
        </ul>
      )}

      <Pagination
        label={t("pagination")}
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => pageHref(search, page)}
        previousLabel={t("previous")}
        nextLabel={t("next")}
        positionLabel={t("position", { page: result.page, pageCount: result.pageCount })}
      />
    </>
  );
}
