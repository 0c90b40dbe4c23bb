import { describe, expect, it } from "vitest";
import { loginInputSchema } from "./login-input-schema";

const problems = (input: unknown) => {
  const result = loginInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe("loginInputSchema", () => {
  it("trims and lower-cases the address and keeps the password as typed", () => {
    const parsed = loginInputSchema.parse({ email: "  Iemand@Example.TEST ", password: " geheim " });

    expect(parsed).toEqual({ email: "iemand@example.test", password: " geheim " });
  });

  it("names each field's problem with a stable code", () => {
    expect(problems({ email: "", password: "" })).toEqual({
      email: "EMAIL_REQUIRED",
      password: "PASSWORD_REQUIRED",
    });
    expect(problems({ email: "geen-adres", password: "x" })).toEqual({ email: "EMAIL_INVALID" });
    expect(problems({ email: `${"a".repeat(330)}@example.test`, password: "x" })).toEqual({
      email: "EMAIL_INVALID",
    });
    expect(problems({ email: "a@example.test", password: "x".repeat(1025) })).toEqual({
      password: "PASSWORD_TOO_LONG",
    });
  });

  it("refuses what is not text at all", () => {
    expect(Object.keys(problems({ email: 42, password: ["a"] }))).toEqual(["email", "password"]);
  });
});
