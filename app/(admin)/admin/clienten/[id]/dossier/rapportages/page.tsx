import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { newRecordPath, sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { parseReportSearch } from "@/lib/dossier/params/parse-report-search";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { listReports } from "@/lib/dossier/queries/list-reports";
import { adminMetadata } from "../../../../_components/admin-metadata";
import { adminStyles } from "../../../../_components/admin-styles";
import { readNotice } from "../_components/dossier-page-params";
import { DossierFrame } from "../_components/dossier-frame";
import { DossierNotice } from "../_components/dossier-notice";
import { ReportList } from "../_components/report-list";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.reports");

  return adminMetadata(t("title"));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// All reports of the client, newest first, ten to a page.
export default async function ReportsSectionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const search = await searchParams;
  const { page } = parseReportSearch(search, getConfig().timeZone);
  const { client, data } = await readDossierAsAdmin(session, id, { page: "reports" }, (scope) =>
    withDossierClient(scope, listReports(scope, { page })),
  );
  const t = await getTranslations("adminDossier.reports");
  const notice = readNotice(search);

  return (
    <DossierFrame client={client} section="rapportages">
      {notice ? <DossierNotice notice={notice} /> : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <Link
          href={newRecordPath(client.id, "rapportages")}
          className={adminStyles.secondaryButton}
        >
          {t("add")}
        </Link>
      </div>
      <ReportList clientId={client.id} reports={data.reports} />
      <Pagination
        label={t("pagination")}
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(target) => `${sectionPath(client.id, "rapportages")}?pagina=${target}`}
        previousLabel={t("previous")}
        nextLabel={t("next")}
        positionLabel={t("position", { page: data.page, pageCount: data.pageCount })}
      />
    </DossierFrame>
  );
}
