// Date and time styles used across the portal, for next-intl's formatter
// (which applies the portal's time zone).
export const DAY_FORMAT = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
} as const;

export const DATE_FORMAT = { day: "numeric", month: "long", year: "numeric" } as const;

export const TIME_FORMAT = { hour: "2-digit", minute: "2-digit" } as const;

export const DATE_TIME_FORMAT = { ...DATE_FORMAT, ...TIME_FORMAT } as const;

// Calendar dates without a time (date of birth, valid-from) are stored as
// midnight UTC; reading them in UTC keeps the day as written.
export const CALENDAR_DATE_FORMAT = { ...DATE_FORMAT, timeZone: "UTC" } as const;
