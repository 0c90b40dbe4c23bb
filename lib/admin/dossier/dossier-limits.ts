// Limits of what an admin can enter in a dossier. The forms, their
// validation and the Dutch messages all read these numbers.

// Names and short phrases: author, care worker, location, with whom,
// frequency, provider, goal title, "drawn up by".
export const SHORT_TEXT_MAX = 200;

// Descriptions of an appointment, a goal or an agreement about care.
export const DESCRIPTION_MAX = 2_000;

// The care plan's summary and a contact moment's summary.
export const SUMMARY_MAX = 5_000;

export const REPORT_TEXT_MAX = 10_000;

export const CANCEL_REASON_MAX = 500;

// Goals and agreements in one care plan version.
export const CARE_PLAN_ROWS_MAX = 30;

// Longer than this is not one appointment but a typing mistake.
export const APPOINTMENT_MAX_HOURS = 24;

// Dates outside these years are typing mistakes.
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

// What has happened (a report, a contact moment) cannot be in the future;
// a few minutes' leeway allows for "just now".
export const FUTURE_LEEWAY_MINUTES = 5;

// The most a dossier form's field takes in the browser (its maxLength):
// twice the longest field's own maximum, so a text a little too long still
// gets that field's Dutch message, while a huge paste is cut off by the
// browser instead of making the whole post too large to be read.
export const TEXT_AREA_INPUT_MAX = 2 * REPORT_TEXT_MAX;
export const TEXT_INPUT_INPUT_MAX = 5 * SHORT_TEXT_MAX;
