import { describe, expect, it } from "vitest";
import { formatLocalDateTime, parseLocalDateTime } from "@/lib/admin/dossier/time/local-date-time";

const AMSTERDAM = "Europe/Amsterdam";

function instant(text: string): string {
  const parsed = parseLocalDateTime(text, AMSTERDAM);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);

  return parsed.instant.toISOString();
}

describe("times entered on the Amsterdam clock", () => {
  it("are stored as the UTC instant, in winter and in summer", () => {
    expect(instant("2026-01-15T09:00")).toBe("2026-01-15T08:00:00.000Z");
    expect(instant("2026-07-15T09:00")).toBe("2026-07-15T07:00:00.000Z");
  });

  it("read typed Dutch dates and seconds from the browser", () => {
    expect(instant("15-01-2026 9:05")).toBe("2026-01-15T08:05:00.000Z");
    expect(instant("2026-07-15T09:00:00")).toBe("2026-07-15T07:00:00.000Z");
  });

  it("cross the start of summer time correctly", () => {
    // Sunday 29 March 2026: 02:00 becomes 03:00.
    expect(instant("2026-03-29T01:59")).toBe("2026-03-29T00:59:00.000Z");
    expect(instant("2026-03-29T03:00")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("refuse a time in the hour skipped when summer time starts", () => {
    expect(parseLocalDateTime("2026-03-29T02:30", AMSTERDAM)).toEqual({
      ok: false,
      problem: "DATE_TIME_NONEXISTENT",
    });
  });

  it("take the first of the two 02:30s when summer time ends", () => {
    // Sunday 25 October 2026: 03:00 becomes 02:00 again.
    expect(instant("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(instant("2026-10-25T03:30")).toBe("2026-10-25T02:30:00.000Z");
  });

  it("show a stored instant on the Amsterdam clock again", () => {
    expect(formatLocalDateTime(new Date("2026-10-25T00:30:00Z"), AMSTERDAM)).toBe(
      "2026-10-25T02:30",
    );
    expect(formatLocalDateTime(new Date("2026-10-25T01:30:00Z"), AMSTERDAM)).toBe(
      "2026-10-25T02:30",
    );
    expect(formatLocalDateTime(new Date("2026-01-15T08:00:00Z"), AMSTERDAM)).toBe(
      "2026-01-15T09:00",
    );
  });

  it("refuse what is no date and time, or lies outside 1900 to 2100", () => {
    for (const text of [
      "",
      "morgen",
      "2026-02-30T10:00",
      "2026-13-01T10:00",
      "2026-01-01T24:00",
      "2026-01-01",
    ]) {
      expect(parseLocalDateTime(text, AMSTERDAM), text).toEqual({
        ok: false,
        problem: "DATE_TIME_INVALID",
      });
    }
    for (const text of [
      "1899-12-31T23:59",
      "2101-01-01T00:00",
      "0001-01-01T10:00",
      "9999-01-01T10:00",
    ]) {
      expect(parseLocalDateTime(text, AMSTERDAM), text).toEqual({
        ok: false,
        problem: "DATE_OUT_OF_RANGE",
      });
    }
  });
});
