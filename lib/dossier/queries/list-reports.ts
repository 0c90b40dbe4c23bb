import type { DossierScope } from "../dossier-scope";

export const REPORTS_PER_PAGE = 10;

export type ReportListFilter = {
  page: number;
  // Inclusive start and exclusive end of the period, as instants.
  from?: Date;
  until?: Date;
};

// One page of reports, newest first. A page past the end shows the last
// page, so an old bookmark still lands somewhere useful.
export async function listReports(scope: DossierScope, filter: ReportListFilter) {
  const { db, dossierId } = scope;
  const where = {
    dossierId,
    writtenAt: { gte: filter.from, lt: filter.until },
  };

  const total = await db.report.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REPORTS_PER_PAGE));
  const page = Math.min(Math.max(1, filter.page), pageCount);

  const reports = await db.report.findMany({
    where,
    orderBy: [{ writtenAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * REPORTS_PER_PAGE,
    take: REPORTS_PER_PAGE,
    select: { id: true, writtenAt: true, author: true, category: true, text: true },
  });

  return { reports, total, page, pageCount };
}

export type ReportPage = Awaited<ReturnType<typeof listReports>>;
