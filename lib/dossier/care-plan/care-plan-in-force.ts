import { TZDate } from "@date-fns/tz";

// Which care plan version is "the" care plan, for the client's pages and
// the admin's alike:
//
//   the version in force is the one with the highest number whose
//   valid-from date has arrived (today, in the portal's time zone).
//
// A version saved with a later valid-from is planned: it is listed, but
// the one before stays in force until that day. The highest number wins
// among versions that have started, so the latest decision counts even
// when it was back-dated before an earlier version. With no version
// started yet there is no care plan in force.

// Today as a calendar date, stored like valid-from: midnight UTC.
export function portalToday(timeZone: string, now: Date = new Date()): Date {
  const local = new TZDate(now.getTime(), timeZone);

  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

// For a query: versions that have started, to be ordered by version, newest first.
export function startedBy(today: Date) {
  return { validFrom: { lte: today } };
}

export function hasStarted(version: { validFrom: Date }, today: Date): boolean {
  return version.validFrom.getTime() <= today.getTime();
}

// The number of the version in force, or null.
export function versionInForce(
  versions: { version: number; validFrom: Date }[],
  today: Date,
): number | null {
  return versions.reduce<number | null>(
    (best, item) =>
      hasStarted(item, today) && (best === null || item.version > best) ? item.version : best,
    null,
  );
}
