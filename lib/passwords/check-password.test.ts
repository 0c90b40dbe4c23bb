import { describe, expect, it } from "vitest";
import { checkPassword } from "./check-password";
import { isCommonPassword } from "./is-common-password";

const person = { email: "Marieke.Jansen@example.test", name: "Marieke de Jansen" };

describe("checkPassword", () => {
  it("accepts a long, uncommon password with spaces and any characters", async () => {
    expect(await checkPassword({ ...person, password: "fiets naar de zee 🌊 in mei!" })).toEqual([]);
  });

  it("refuses fewer than 12 characters and counts characters, not bytes", async () => {
    expect(await checkPassword({ ...person, password: "kort-maar-1" })).toContain(
      "TOO_SHORT",
    );
    // Eleven two-byte characters are 22 bytes but still only 11 characters.
    expect(await checkPassword({ ...person, password: "é".repeat(11) })).toContain("TOO_SHORT");
    expect(await checkPassword({ ...person, password: "é".repeat(12) })).toEqual([]);
  });

  it("refuses more than 128 characters", async () => {
    expect(await checkPassword({ ...person, password: "lang ".repeat(26) })).toContain("TOO_LONG");
    expect(await checkPassword({ ...person, password: "x".repeat(127) + "y" })).toEqual([]);
  });

  it("refuses a password from the common list, whatever its case", async () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(await checkPassword({ ...person, password: "QWERTY123456" })).toContain("COMMON");
  });

  it("refuses the e-mail address or its name part inside the password", async () => {
    const withAddress = await checkPassword({ ...person, password: "xx marieke.jansen@example.test" });
    expect(withAddress).toContain("CONTAINS_EMAIL");
  });

  it("refuses the name inside the password, but not short name words", async () => {
    expect(await checkPassword({ ...person, password: "ik ben JANSEN en zo" })).toContain("CONTAINS_NAME");
    // "de" is part of the name but far too short to count.
    expect(await checkPassword({ ...person, password: "de wind in de wilgen" })).toEqual([]);
  });

  it("refuses a confirmation that differs", async () => {
    const problems = await checkPassword({
      ...person,
      password: "een heel lang wachtwoord",
      confirmation: "een heel lang wachtwoord ",
    });
    expect(problems).toEqual(["CONFIRMATION_MISMATCH"]);
  });

  it("refuses the current password when changing, and only asks when all else is fine", async () => {
    const asked: string[] = [];
    const isCurrentPassword = async (candidate: string) => {
      asked.push(candidate);
      return candidate === "mijn oude wachtwoord";
    };

    expect(await checkPassword({ ...person, password: "mijn oude wachtwoord", isCurrentPassword })).toEqual([
      "SAME_AS_CURRENT",
    ]);
    expect(await checkPassword({ ...person, password: "kort", isCurrentPassword })).toEqual(["TOO_SHORT"]);
    expect(asked).toEqual(["mijn oude wachtwoord"]);
  });
});
