import { z } from "zod";
import {
  formatCalendarDay,
  parseCalendarDay,
  startOfCalendarDay,
  type CalendarDay,
} from "./parse-calendar-day";
import { firstValue, type SearchParams } from "./search-params";

export type ReportSearchError = "invalidFrom" | "invalidTo" | "fromAfterTo";

export type ReportSearch = {
  page: number;
  // The period as the form shows it (yyyy-mm-dd) and as instants to query.
  from?: string;
  to?: string;
  since?: Date;
  until?: Date;
  errors: ReportSearchError[];
};

// Anything that is not a sensible page number means page 1.
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const textSchema = z.string().max(40).optional().catch(undefined);

// Reads ?pagina=, ?van= and ?tot= (days in the portal's time zone, "tot"
// inclusive). A bad date is reported and left out of the filter, so the
// page still shows something.
export function parseReportSearch(params: SearchParams, timeZone: string): ReportSearch {
  const page = pageSchema.parse(firstValue(params.pagina) ?? 1);
  const fromText = textSchema.parse(firstValue(params.van))?.trim() || undefined;
  const toText = textSchema.parse(firstValue(params.tot))?.trim() || undefined;
  const errors: ReportSearchError[] = [];

  const read = (text: string | undefined, error: ReportSearchError): CalendarDay | undefined => {
    if (text === undefined) return undefined;
    const day = parseCalendarDay(text);
    if (!day) errors.push(error);

    return day ?? undefined;
  };
  const fromDay = read(fromText, "invalidFrom");
  const toDay = read(toText, "invalidTo");

  const since = fromDay && startOfCalendarDay(fromDay, timeZone);
  const until = toDay && startOfCalendarDay(toDay, timeZone, 1);
  if (since && until && since >= until) {
    return { page, from: fromText, to: toText, errors: ["fromAfterTo"] };
  }

  return {
    page,
    from: fromDay ? formatCalendarDay(fromDay) : fromText,
    to: toDay ? formatCalendarDay(toDay) : toText,
    since,
    until,
    errors,
  };
}
