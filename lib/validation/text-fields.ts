import { z } from "zod";

// Building blocks for every free text a person types: names, report
// texts, descriptions. What cannot be stored (PostgreSQL text holds no
// U+0000) or cannot be seen is refused here, as a field error with the
// caller's own code, which each area maps to Dutch text.

// The codes a text field reports; each form area passes its own.
export type TextFieldCodes = { required: string; tooLong: string; invalid: string };

// What shows nothing: white space, default-ignorable code points (zero-width
// characters, Hangul fillers, the combining grapheme joiner), format
// characters and the blank braille pattern U+2800.
const INVISIBLE = String.raw`\s\p{Default_Ignorable_Code_Point}\p{Cf}\u2800`;

// Trimmed at either end. Not trimmed: combining marks and variation
// selectors (they belong to the character before, as the emoji selector
// in 👩‍⚕️ does), tag characters (they end a flag such as Scotland's) and
// direction marks (refused below, wherever they stand).
const EDGE_CHAR = new RegExp(`^[${INVISIBLE}]$`, "u");
const EDGE_KEPT = /^[\p{M}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u{E0020}-\u{E007F}]$/u;

// Control characters (NUL and the rest), except the line breaks and tabs
// a multi-line text may hold.
const CONTROL_SINGLE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// Bidirectional overrides, embeddings, isolates and marks: they make text
// read differently from what it holds (e.g. a name shown reversed).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

// At least one character a reader can see: combining marks alone (U+0301
// twice) show nothing either, since they have no letter to sit on.
const VISIBLE = new RegExp(`[^${INVISIBLE}\\p{Cc}\\p{Zl}\\p{Zp}\\p{M}]`, "u");

// A hard cap before any work, so a huge paste costs nothing.
const RAW_MAX = 100_000;

function isEdgeInvisible(char: string): boolean {
  return EDGE_CHAR.test(char) && !EDGE_KEPT.test(char);
}

// One pass from each end, by code point: a regex such as /\s+$/ takes
// quadratic time on a long run of spaces inside the text.
function trimEdges(text: string): string {
  let start = 0;
  while (start < text.length) {
    const char = String.fromCodePoint(text.codePointAt(start)!);
    if (!isEdgeInvisible(char)) break;
    start += char.length;
  }

  let end = text.length;
  while (end > start) {
    const pair = end - start >= 2 ? text.slice(end - 2, end) : "";
    const char = /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(pair) ? pair : text.charAt(end - 1);
    if (!isEdgeInvisible(char)) break;
    end -= char.length;
  }

  return text.slice(start, end);
}

function tidyLines(text: string): string {
  return trimEdges(text.replace(/\r\n?/g, "\n"));
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

  return trimEdges(text.slice(0, max * 4).replace(controls, "")).replace(/\s+/g, " ").slice(0, max);
}

// Record ids are UUIDs; anything else can name no record.
export const recordIdText = z.guid();
