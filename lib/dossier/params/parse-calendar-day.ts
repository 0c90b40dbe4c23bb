import { isValid } from "date-fns";
import { TZDate } from "@date-fns/tz";

export type CalendarDay = { year: number; month: number; day: number };

// 2026-03-14 (what a date field sends) or 14-03-2026 / 14/3/2026 (what
// people type where the browser shows a plain text field).
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

// A real calendar day from 1900 to 2100, or null.
export function parseCalendarDay(text: string): CalendarDay | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dutch = DUTCH.exec(trimmed);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : dutch
      ? { year: dutch[3], month: dutch[2], day: dutch[1] }
      : null;
  if (!parts) return null;

  const day = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  if (day.year < 1900 || day.year > 2100) return null;

  // Date rolls 31 February over into March; a real day survives the trip.
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  const survives =
    isValid(date) &&
    date.getUTCFullYear() === day.year &&
    date.getUTCMonth() === day.month - 1 &&
    date.getUTCDate() === day.day;

  return survives ? day : null;
}

// The instant a calendar day starts in the given time zone; `offsetDays`
// moves to a later day (1 gives the end of the day, exclusive).
export function startOfCalendarDay(day: CalendarDay, timeZone: string, offsetDays = 0): Date {
  const start = new TZDate(day.year, day.month - 1, day.day + offsetDays, timeZone);

  return new Date(start.getTime());
}

// Back to the form a date field shows: 2026-03-14.
export function formatCalendarDay(day: CalendarDay): string {
  const pad = (value: number) => String(value).padStart(2, "0");

  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}
