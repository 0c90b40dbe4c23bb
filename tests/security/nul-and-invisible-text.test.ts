import { describe, expect, it } from "vitest";
import { parseClientListSearch } from "@/lib/admin/params/parse-client-list-search";
import { clientNumberField, nameField, recordIdField } from "@/lib/admin/forms/fields";
import { lineField, textField } from "@/lib/admin/dossier/forms/dossier-fields";
import { multiLineText, singleLineText } from "@/lib/validation/text-fields";

// PostgreSQL text cannot hold U+0000: such input must be refused as a field
// error, not reach the database and come back as UNEXPECTED.
describe("free text fields refuse what cannot be stored or seen", () => {
  const codes = { required: "R", tooLong: "L", invalid: "I" };
  const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues[0]?.message;

  it("refuses a NUL byte in a name", () => {
    expect(firstMessage(nameField.safeParse("Jan\u0000Jansen"))).toBe("NAME_INVALID");
  });

  it("refuses a NUL byte in a one-line dossier text", () => {
    expect(firstMessage(lineField(200).safeParse("Zuster\u0000X"))).toBe("TEXT_INVALID");
  });

  it("refuses a NUL byte in a multi-line dossier text", () => {
    expect(firstMessage(textField(10_000).safeParse("Rustige\u0000dag"))).toBe("TEXT_INVALID");
  });

  it("refuses a name made only of invisible characters", () => {
    expect(firstMessage(nameField.safeParse("\u200B\u200B"))).toBe("NAME_REQUIRED");
    expect(firstMessage(lineField(200).safeParse(" \u00A0\u2060\uFEFF "))).toBe("REQUIRED");
  });

  it("refuses a name, location, care worker or description that renders blank", () => {
    expect(firstMessage(nameField.safeParse("\u3164"))).toBe("NAME_REQUIRED");
    expect(firstMessage(lineField(200).safeParse("\u2800"))).toBe("REQUIRED");
    expect(firstMessage(lineField(200).safeParse("\u0301\u0301"))).toBe("REQUIRED");
    expect(firstMessage(textField(10_000).safeParse("\u3164"))).toBe("REQUIRED");
  });

  it.each([
    ["U+115F Hangul choseong filler", "\u115F"],
    ["U+1160 Hangul jungseong filler", "\u1160"],
    ["U+FFA0 halfwidth Hangul filler", "\uFFA0"],
    ["U+034F combining grapheme joiner", "\u034F"],
    ["a mix of fillers, braille blank and spaces", " \u3164\u2800\u00A0\u115F "],
    ["a soft hyphen", "\u00AD"],
  ])("refuses a text made only of %s", (_label, text) => {
    expect(firstMessage(nameField.safeParse(text))).toBe("NAME_REQUIRED");
    expect(firstMessage(textField(100).safeParse(text))).toBe("REQUIRED");
  });

  it("trims fillers and the braille blank at the ends, keeps the accent at the end", () => {
    expect(nameField.parse("\u3164Jan\u2800")).toBe("Jan");
    expect(nameField.parse("Zoe\u0308")).toBe("Zoe\u0308");
  });

  it("keeps Dutch names as typed", () => {
    expect(nameField.parse("\u0132sbrand")).toBe("Ĳsbrand");
    expect(nameField.parse("van 't Hof")).toBe("van 't Hof");
    expect(nameField.parse("Zoe\u0308 de Vries")).toBe("Zoe\u0308 de Vries");
  });

  it("keeps a flag emoji whose tag characters end the text", () => {
    const scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    expect(lineField(200).parse(`Schotland ${scotland}`)).toBe(`Schotland ${scotland}`);
  });

  it("trims a long paste of spaces without stalling", () => {
    expect(singleLineText(50, codes).parse(`a${" ".repeat(99_990)}b`)).toBe("a b");
  });

  it("refuses bidi overrides and isolates", () => {
    expect(firstMessage(nameField.safeParse("Jan \u202Enesnaj"))).toBe("NAME_INVALID");
    expect(firstMessage(textField(100).safeParse("a\u2067b"))).toBe("TEXT_INVALID");
  });

  it("trims Unicode white space and zero-width characters at the ends", () => {
    expect(singleLineText(50, codes).parse("\u200B\u00A0Jan   de\tVries\u2003\uFEFF")).toBe("Jan de Vries");
  });

  it("keeps line breaks and tabs inside a multi-line text, refuses other controls", () => {
    expect(multiLineText(50, codes).parse("  regel 1\r\n\tregel 2  ")).toBe("regel 1\n\tregel 2");
    expect(firstMessage(multiLineText(50, codes).safeParse("a\u0007b"))).toBe("I");
    expect(firstMessage(multiLineText(5, codes).safeParse("123456"))).toBe("L");
  });

  it("keeps ordinary accented and emoji text", () => {
    expect(nameField.parse("Zoë Çelik-Ünal 👩‍⚕️")).toBe("Zoë Çelik-Ünal 👩‍⚕️");
  });

  it("refuses record ids that are not uuid-shaped", () => {
    expect(recordIdField.safeParse("abc\u0000").success).toBe(false);
    expect(recordIdField.safeParse("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b").success).toBe(true);
  });

  it("refuses a NUL byte in a client number", () => {
    expect(clientNumberField.safeParse("NZ\u00001").success).toBe(false);
  });

  it("drops what cannot be stored from the client search", () => {
    expect(parseClientListSearch({ zoek: " Jan\u0000 \u202EJansen\u200B " }).search).toBe("Jan Jansen");
  });
});
