import { formatCalendarDay, parseCalendarDay } from "@/lib/dossier/params/parse-calendar-day";

// A calendar date (a care plan's valid-from) to midnight UTC, the way the
// portal stores dates without a time; null when it is not a real day from
// 1900 to 2100.
export function parseCalendarDate(text: string): Date | null {
  const day = parseCalendarDay(text);

  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day)) : null;
}

// Back to what a date field shows: 2026-03-14.
export function formatCalendarDate(date: Date): string {
  return formatCalendarDay({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}
