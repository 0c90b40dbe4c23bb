import { TZDate } from "@date-fns/tz";

// The instant of `time` on the day `day` days from `today`, in the given
// time zone, so a 09:30 visit stays at 09:30 across summer time.
export function seedInstant(today: Date, day: number, time: string, timeZone: string): Date {
  const local = new TZDate(today.getTime(), timeZone);
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const instant = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + day,
    hours,
    minutes,
    timeZone,
  );

  return new Date(instant.getTime());
}

// A calendar date (stored as midnight UTC) `day` days from today.
export function seedCalendarDate(today: Date, day: number, timeZone: string): Date {
  const local = new TZDate(today.getTime(), timeZone);

  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + day));
}
