import { describe, expect, it } from "vitest";
import { readCookie } from "./read-cookie";

describe("readCookie", () => {
  it("finds a cookie among others", () => {
    const header = "a=1; carefriend.login=abc_DEF-123; carefriend.login.x=nee";

    expect(readCookie(header, "carefriend.login")).toBe("abc_DEF-123");
    expect(readCookie(header, "a")).toBe("1");
  });

  it("does not match a cookie whose name only starts or ends the same", () => {
    expect(readCookie("xcarefriend.login=1; carefriend.loginx=2", "carefriend.login")).toBeNull();
  });

  it("decodes percent-encoding and leaves broken encoding alone", () => {
    expect(readCookie("n=a%3Db", "n")).toBe("a=b");
    expect(readCookie("n=%E0%A4%A", "n")).toBe("%E0%A4%A");
  });

  it("gives null without a header", () => {
    expect(readCookie(undefined, "n")).toBeNull();
    expect(readCookie("", "n")).toBeNull();
  });
});
