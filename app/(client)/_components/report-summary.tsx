import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { DATE_FORMAT, DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { upperFirst } from "@/components/upper-first";
import type { ReportCategory } from "@/lib/dossier/dossier-types";

export type ReportSummaryData = {
  id: string;
  writtenAt: Date;
  author: string;
  category: ReportCategory;
  text: string;
};

// One report in a list: date, subject, writer and the first lines.
export async function ReportSummary({ report }: { report: ReportSummaryData }) {
  const t = await getTranslations("dossier");
  const format = await getFormatter();
  const day = upperFirst(format.dateTime(report.writtenAt, DAY_FORMAT));

  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-semibold">
          <time dateTime={report.writtenAt.toISOString()}>
            {day}, {format.dateTime(report.writtenAt, TIME_FORMAT)}
          </time>
        </h3>
        <Badge tone="brand">{t(`categories.${report.category}`)}</Badge>
      </div>
      <p className="mt-1 text-slate-700">{t("reports.by", { author: report.author })}</p>
      <p className="mt-2 line-clamp-3 text-slate-900">{report.text}</p>
      <Link
        href={`/rapportages/${report.id}`}
        className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
      >
        {t("reports.readMore")}
        <span className="sr-only">
          {" "}
          {t("reports.readMoreContext", { date: format.dateTime(report.writtenAt, DATE_FORMAT) })}
        </span>
      </Link>
    </article>
  );
}
