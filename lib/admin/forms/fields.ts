import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import { normalizeEmail } from "@/lib/accounts/normalize-email";
import { getConfig } from "@/lib/config/config";
import { parseCalendarDay } from "@/lib/dossier/params/parse-calendar-day";
import { recordIdText, singleLineText } from "@/lib/validation/text-fields";
import { CLIENT_NUMBER_MAX_LENGTH, NAME_MAX_LENGTH } from "./field-limits";

// The fields of the admin forms. Each problem is a field error code
// (admin-result.ts) that the form shows in Dutch next to the field.

// Spaces at the ends go, runs of spaces inside become one; control,
// invisible-only and direction-changing text is refused.
export const nameField = singleLineText(NAME_MAX_LENGTH, {
  required: "NAME_REQUIRED",
  tooLong: "NAME_TOO_LONG",
  invalid: "NAME_INVALID",
});

export const emailField = z
  .string()
  .max(320, "EMAIL_INVALID")
  .transform(normalizeEmail)
  .pipe(z.string().min(1, "EMAIL_REQUIRED").pipe(z.email("EMAIL_INVALID")));

// Stored in capitals, so "nz-1" and "NZ-1" are one number.
export const clientNumberField = z
  .string()
  .max(1_000, "CLIENT_NUMBER_INVALID")
  .transform((text) => text.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, "CLIENT_NUMBER_REQUIRED")
      .max(CLIENT_NUMBER_MAX_LENGTH, "CLIENT_NUMBER_INVALID")
      .regex(/^[A-Z0-9][A-Z0-9./-]*$/, "CLIENT_NUMBER_INVALID"),
  );

// Optional. A calendar day (what a date field sends, or 14-03-1941 typed
// by hand), not after today in the portal's time zone; stored as midnight
// UTC like every calendar date in the portal.
export const dateOfBirthField = z
  .string()
  .max(40, "DATE_OF_BIRTH_INVALID")
  .transform((text, context) => {
    if (!text.trim()) return null;

    const day = parseCalendarDay(text);
    if (!day) {
      context.addIssue({ code: "custom", message: "DATE_OF_BIRTH_INVALID" });
      return z.NEVER;
    }
    const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
    const today = format(new TZDate(Date.now(), getConfig().timeZone), "yyyy-MM-dd");
    if (date.toISOString().slice(0, 10) > today) {
      context.addIssue({ code: "custom", message: "DATE_OF_BIRTH_IN_FUTURE" });
      return z.NEVER;
    }

    return date;
  });

export const recordIdField = recordIdText;
