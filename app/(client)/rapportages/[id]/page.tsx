import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { Badge } from "@/components/badge";
import { DATE_FORMAT, DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { DetailsList } from "@/components/details-list";
import { PageHeading } from "@/components/page-heading";
import { upperFirst } from "@/components/upper-first";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getReport } from "@/lib/dossier/queries/get-report";
import { readDossier } from "@/lib/dossier/read-dossier";
import { pageMetadata } from "../../_components/page-title";

export async function generateMetadata() {
  const t = await getTranslations("dossier.reports");

  return pageMetadata(t("detailMetaTitle"));
}

type Props = { params: Promise<{ id: string }> };

// One report in full. An id from another dossier is simply not found.
export default async function ReportPage({ params }: Props) {
  const session = await requireClientSession();
  const { id } = await params;
  const report = await readDossier(session, { page: "report", recordId: id }, (scope) =>
    getReport(scope, id),
  );
  const t = await getTranslations("dossier");
  const format = await getFormatter();

  return (
    <>
      <div className="mb-4">
        <BackLink href="/rapportages">{t("reports.backToList")}</BackLink>
      </div>
      <PageHeading
        title={t("reports.detailTitle", { date: format.dateTime(report.writtenAt, DATE_FORMAT) })}
      />

      <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <DetailsList
          items={[
            {
              label: t("reports.writtenAt"),
              value: `${upperFirst(format.dateTime(report.writtenAt, DAY_FORMAT))}, ${format.dateTime(report.writtenAt, TIME_FORMAT)}`,
            },
            { label: t("reports.author"), value: report.author },
            {
              label: t("reports.category"),
              value: <Badge tone="brand">{t(`categories.${report.category}`)}</Badge>,
            },
          ]}
        />
        <div className="mt-4 max-w-prose border-t border-slate-200 pt-4 text-lg leading-relaxed whitespace-pre-line text-slate-900">
          {report.text}
        </div>
      </article>
    </>
  );
}
