import { z } from "zod";

// Building blocks for every free text a person types: names, report
// texts, descriptions. What cannot be stored (PostgreSQL text holds no
// U+0000) or cannot be seen is refused here, as a field error with the
// caller's own code, which each area maps to Dutch text.

// The codes a text field reports; each form area passes its own.
export type TextFieldCodes = { required: string; tooLong: string; invalid: string };

// Invisible at either end and so trimmed: Unicode white space, zero-width
// space/joiners, word joiner and byte-order mark.
const EDGE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

// Control characters (NUL and the rest), except the line breaks and tabs
// a multi-line text may hold.
const CONTROL_SINGLE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// Bidirectional overrides, embeddings, isolates and marks: they make text
// read differently from what it holds (e.g. a name shown reversed).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

// At least one character a reader can see.
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

// A hard cap before any work, so a huge paste costs nothing.
const RAW_MAX = 100_000;

function tidyLines(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(EDGE, "");
}

function textField(max: number, codes: TextFieldCodes, control: RegExp, tidy: (t: string) => string) {
  return z
    .string()
    .max(RAW_MAX, codes.tooLong)
    .transform(tidy)
    .pipe(
      z
        .string()
        .refine((text) => !control.test(text) && !BIDI.test(text), codes.invalid)
        .refine((text) => VISIBLE.test(text), codes.required)
        .max(max, codes.tooLong),
    );
}

// One line: white space at the ends goes, runs of white space (line
// breaks and tabs too) become one space.
export function singleLineText(max: number, codes: TextFieldCodes) {
  return textField(max, codes, CONTROL_SINGLE, (text) =>
    tidyLines(text).replace(/\s+/g, " "),
  );
}

// Several lines: \r\n becomes \n, white space at the ends goes; line
// breaks and tabs inside stay.
export function multiLineText(max: number, codes: TextFieldCodes) {
  return textField(max, codes, CONTROL_MULTI, tidyLines);
}

// A search box never fails: what cannot be stored or seen is dropped, the
// rest is tidied and cut to max.
export function searchText(text: string, max: number): string {
  const controls = new RegExp(`${CONTROL_SINGLE.source}|${BIDI.source}`, "g");

  return text.slice(0, max * 4).replace(controls, "").replace(EDGE, "").replace(/\s+/g, " ").slice(0, max);
}

// Record ids are UUIDs; anything else can name no record.
export const recordIdText = z.guid();
