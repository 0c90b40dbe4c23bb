import { z } from "zod";
import { getConfig } from "@/lib/config/config";
import { multiLineText, recordIdText, singleLineText } from "@/lib/validation/text-fields";
import { FUTURE_LEEWAY_MINUTES } from "../dossier-limits";
import { parseCalendarDate } from "../time/calendar-date";
import { parseLocalDateTime } from "../time/local-date-time";

// The fields of the dossier forms. Each problem is a field error code
// (dossier-result.ts) that the form shows in Dutch next to the field.

const TEXT_CODES = { required: "REQUIRED", tooLong: "TOO_LONG", invalid: "TEXT_INVALID" };

// A required text on one line: spaces at the ends go, runs of spaces
// become one; control, invisible-only and direction-changing text is
// refused (lib/validation/text-fields.ts).
export function lineField(max: number) {
  return singleLineText(max, TEXT_CODES);
}

// A required text that may run over several lines (\r\n becomes \n).
export function textField(max: number) {
  return multiLineText(max, TEXT_CODES);
}

// One of a fixed set of values, such as a report category.
export function choiceField<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().pipe(z.enum(values, "CHOICE_INVALID"));
}

// A date and time on the portal's clock (getConfig().timeZone), as the
// instant it names.
export const dateTimeField = z.string().transform((text, context) => {
  if (!text.trim()) {
    context.addIssue({ code: "custom", message: "REQUIRED" });
    return z.NEVER;
  }

  const parsed = parseLocalDateTime(text.slice(0, 40), getConfig().timeZone);
  if (!parsed.ok) {
    context.addIssue({ code: "custom", message: parsed.problem });
    return z.NEVER;
  }

  return parsed.instant;
});

// A moment that has happened: not later than now, give or take a few
// minutes.
export const pastDateTimeField = dateTimeField.refine(
  (instant) => instant.getTime() <= Date.now() + FUTURE_LEEWAY_MINUTES * 60_000,
  "IN_FUTURE",
);

// A calendar date (stored as midnight UTC).
export const dateField = z.string().transform((text, context) => {
  if (!text.trim()) {
    context.addIssue({ code: "custom", message: "REQUIRED" });
    return z.NEVER;
  }

  const date = parseCalendarDate(text.slice(0, 40));
  if (!date) {
    context.addIssue({ code: "custom", message: "DATE_INVALID" });
    return z.NEVER;
  }

  return date;
});

// Record ids travel in hidden fields and are UUIDs; anything else names
// no record, which the form reports as "not found".
export const recordIdField = recordIdText;
