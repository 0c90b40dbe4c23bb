import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { DATE_FORMAT, DATE_TIME_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { editRecordPath } from "@/lib/admin/dossier/dossier-paths";
import type { ReportCategory } from "@/lib/dossier/dossier-types";
import { RecordActions } from "./record-actions";

type ReportItem = {
  id: string;
  writtenAt: Date;
  author: string;
  category: ReportCategory;
  text: string;
};

// Reports, newest first, each with a link to edit it.
export async function ReportList({
  clientId,
  reports,
}: {
  clientId: string;
  reports: ReportItem[];
}) {
  const t = await getTranslations("adminDossier.reports");
  const categories = await getTranslations("dossier.categories");
  const format = await getFormatter();
  if (reports.length === 0) return <EmptyState>{t("empty")}</EmptyState>;

  return (
    <ul className="divide-y divide-slate-200">
      {reports.map((report) => (
        <li key={report.id} className="py-4">
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            <span>
              {t("byline", {
                date: format.dateTime(report.writtenAt, DATE_TIME_FORMAT),
                author: report.author,
              })}
            </span>
            <Badge tone="brand">{categories(report.category)}</Badge>
          </p>
          <p className="mt-1 line-clamp-3 max-w-prose whitespace-pre-line text-slate-900">
            {report.text}
          </p>
          <RecordActions
            recordLabel={t("recordLabel", { date: format.dateTime(report.writtenAt, DATE_FORMAT) })}
            links={[{ href: editRecordPath(clientId, "rapportages", report.id), label: t("edit") }]}
          />
        </li>
      ))}
    </ul>
  );
}
