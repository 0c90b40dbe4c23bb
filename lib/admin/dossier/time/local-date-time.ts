import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { EARLIEST_YEAR, LATEST_YEAR } from "../dossier-limits";

export type LocalDateTimeProblem =
  "DATE_TIME_INVALID" | "DATE_OUT_OF_RANGE" | "DATE_TIME_NONEXISTENT";

export type LocalDateTimeResult =
  { ok: true; instant: Date } | { ok: false; problem: LocalDateTimeProblem };

// 2026-03-14T09:30 (what a datetime-local field sends, seconds allowed)
// or 14-03-2026 9:30 (what people type where the browser shows a plain
// text field).
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}),? +(\d{1,2})[:.](\d{2})$/;

const HOUR_MS = 60 * 60 * 1000;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function readWallClock(text: string): WallClock | null {
  const iso = ISO.exec(text);
  const dutch = DUTCH.exec(text);
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5]]
    : dutch
      ? [dutch[3], dutch[2], dutch[1], dutch[4], dutch[5]]
      : null;
  if (!parts) return null;

  const [year, month, day, hour, minute] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];

  return { year, month, day, hour, minute };
}

function isRealDay({ year, month, day }: WallClock): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));

  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function showsAs(instant: number, wall: WallClock, timeZone: string): boolean {
  const local = new TZDate(instant, timeZone);

  return (
    local.getFullYear() === wall.year &&
    local.getMonth() === wall.month - 1 &&
    local.getDate() === wall.day &&
    local.getHours() === wall.hour &&
    local.getMinutes() === wall.minute
  );
}

// A date and clock time as read on a clock in `timeZone`, to the instant
// it names (stored in UTC). When summer time starts, the skipped hour
// (02:00-03:00 in Amsterdam) names no instant and is refused rather than
// moved silently. When it ends, the repeated hour names two instants; the
// first one (still summer time) is taken.
export function parseLocalDateTime(text: string, timeZone: string): LocalDateTimeResult {
  const wall = readWallClock(text.trim());
  const plausible =
    wall && wall.month >= 1 && wall.month <= 12 && wall.hour <= 23 && wall.minute <= 59;
  if (!wall || !plausible || !isRealDay(wall)) return { ok: false, problem: "DATE_TIME_INVALID" };
  if (wall.year < EARLIEST_YEAR || wall.year > LATEST_YEAR) {
    return { ok: false, problem: "DATE_OUT_OF_RANGE" };
  }

  const candidate = new TZDate(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    timeZone,
  );
  const instant = candidate.getTime();
  if (!showsAs(instant, wall, timeZone)) return { ok: false, problem: "DATE_TIME_NONEXISTENT" };

  const earlier = instant - HOUR_MS;

  return { ok: true, instant: new Date(showsAs(earlier, wall, timeZone) ? earlier : instant) };
}

// Back to what a datetime-local field shows: 2026-03-14T09:30.
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}
