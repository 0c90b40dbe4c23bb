import { describe, expect, it } from "vitest";
import { openDossier } from "@/lib/dossier/open-dossier";
import { parseReportSearch } from "@/lib/dossier/params/parse-report-search";
import { listReports, REPORTS_PER_PAGE } from "@/lib/dossier/queries/list-reports";
import { useTestDatabase } from "../support/test-database";
import { createClientWithDossier, TEST_ORIGIN } from "./support/dossier-fixtures";

const TIME_ZONE = "Europe/Amsterdam";

describe("the report list", () => {
  const db = useTestDatabase();

  // Reports on given instants, one per instant, text naming the instant.
  async function clientWithReports(instants: string[]) {
    const client = await createClientWithDossier(db());
    await db().report.createMany({
      data: instants.map((writtenAt) => ({
        dossierId: client.dossierId,
        writtenAt: new Date(writtenAt),
        author: "Wijkverpleging",
        category: "PERSONAL_CARE" as const,
        text: writtenAt,
      })),
    });

    return client;
  }

  function readReports(accountId: string, params: Record<string, string>) {
    const search = parseReportSearch(params, TIME_ZONE);

    return openDossier(
      { accountId, origin: TEST_ORIGIN, request: { page: "reports" } },
      (scope) => listReports(scope, { page: search.page, from: search.since, until: search.until }),
    );
  }

  it("pages through the reports newest first, ten at a time", async () => {
    const days = Array.from({ length: 23 }, (_, index) =>
      new Date(Date.UTC(2026, 0, index + 1, 9)).toISOString(),
    );
    const client = await clientWithReports(days);

    const first = await readReports(client.account.id, {});
    const third = await readReports(client.account.id, { pagina: "3" });

    expect(first.ok && first.data).toMatchObject({ total: 23, page: 1, pageCount: 3 });
    expect(first.ok && first.data.reports.map((report) => report.text)).toEqual(
      [...days].reverse().slice(0, REPORTS_PER_PAGE),
    );
    expect(third.ok && third.data.reports.map((report) => report.text)).toEqual(
      [...days].reverse().slice(20),
    );
  });

  it("shows the last page for a page number past the end, and page 1 for nonsense", async () => {
    const client = await clientWithReports([
      "2026-01-01T09:00:00Z",
      "2026-01-02T09:00:00Z",
    ]);

    const tooFar = await readReports(client.account.id, { pagina: "9" });
    const nonsense = await readReports(client.account.id, { pagina: "drie" });

    expect(tooFar.ok && tooFar.data).toMatchObject({ page: 1, pageCount: 1 });
    expect(tooFar.ok && tooFar.data.reports).toHaveLength(2);
    expect(nonsense.ok && nonsense.data.page).toBe(1);
  });

  it("filters by whole days in Amsterdam time, both ends included", async () => {
    const client = await clientWithReports([
      // 28 February 23:30 in Amsterdam: just before the period.
      "2026-02-28T22:30:00Z",
      // 1 March 00:15 in Amsterdam: the first minutes of the period.
      "2026-02-28T23:15:00Z",
      "2026-03-15T12:00:00Z",
      // 31 March 23:45 in Amsterdam (summer time): the last minutes.
      "2026-03-31T21:45:00Z",
      // 1 April 00:10 in Amsterdam: just after.
      "2026-03-31T22:10:00Z",
    ]);

    const outcome = await readReports(client.account.id, { van: "2026-03-01", tot: "31-03-2026" });

    expect(outcome.ok && outcome.data.reports.map((report) => report.text)).toEqual([
      "2026-03-31T21:45:00Z",
      "2026-03-15T12:00:00Z",
      "2026-02-28T23:15:00Z",
    ]);
  });

  it("ignores a bad date in the filter instead of failing", async () => {
    const client = await clientWithReports(["2026-01-01T09:00:00Z", "2026-03-01T09:00:00Z"]);

    const outcome = await readReports(client.account.id, { van: "2026-02-30", tot: "2026-12-31" });

    expect(outcome.ok && outcome.data.total).toBe(2);
  });
});

describe("reading the report search parameters", () => {
  it("reads a page number and a period", () => {
    const search = parseReportSearch({ pagina: "2", van: "2026-03-01", tot: "2026-03-31" }, TIME_ZONE);

    expect(search).toMatchObject({ page: 2, from: "2026-03-01", to: "2026-03-31", errors: [] });
    expect(search.since?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(search.until?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });

  it.each([
    [{ pagina: "0" }, 1],
    [{ pagina: "-4" }, 1],
    [{ pagina: "1.5" }, 1],
    [{ pagina: "abc" }, 1],
    [{ pagina: ["4", "5"] }, 4],
  ])("falls back to page 1 for %j unless it is a whole number", (params, page) => {
    expect(parseReportSearch(params, TIME_ZONE).page).toBe(page);
  });

  it.each([
    [{ van: "30-02-2026" }, ["invalidFrom"]],
    [{ van: "gisteren" }, ["invalidFrom"]],
    [{ tot: "2026-13-01" }, ["invalidTo"]],
    [{ van: "2026-04-01", tot: "2026-03-01" }, ["fromAfterTo"]],
  ])("reports a bad period %j by a stable code and applies none of it", (params, errors) => {
    const search = parseReportSearch(params, TIME_ZONE);

    expect(search.errors).toEqual(errors);
    expect(search.since).toBeUndefined();
    expect(search.until).toBeUndefined();
  });

  it("keeps the good end of a period when only the other end is bad", () => {
    const search = parseReportSearch({ van: "2026-03-01", tot: "31-31-2026" }, TIME_ZONE);

    expect(search.errors).toEqual(["invalidTo"]);
    expect(search.since?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(search.to).toBe("31-31-2026");
  });
});
