import { describe, expect, it } from "vitest";
import { clientFormSchema, CLIENT_FORM_FIELDS } from "@/lib/admin/forms/client-form-schema";
import { parseForm } from "@/lib/admin/forms/parse-form";

function submit(values: Record<string, string>) {
  const form = new FormData();
  for (const [field, value] of Object.entries(values)) form.set(field, value);

  return parseForm(clientFormSchema, form, CLIENT_FORM_FIELDS);
}

const valid = {
  name: "Jan  Bakker ",
  clientNumber: " nz-100231 ",
  email: " Jan.Bakker@Example.TEST ",
  dateOfBirth: "",
};

describe("the client form", () => {
  it("normalizes what it accepts", () => {
    const parsed = submit(valid);

    expect(parsed).toMatchObject({
      ok: true,
      data: {
        name: "Jan Bakker",
        clientNumber: "NZ-100231",
        email: "jan.bakker@example.test",
        dateOfBirth: null,
      },
    });
  });

  it("gives each wrong field its own error code and returns the values as typed", () => {
    const parsed = submit({
      name: "   ",
      clientNumber: "NZ 1; DROP",
      email: "geen-adres",
      dateOfBirth: "31-02-1950",
    });

    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        name: "NAME_REQUIRED",
        clientNumber: "CLIENT_NUMBER_INVALID",
        email: "EMAIL_INVALID",
        dateOfBirth: "DATE_OF_BIRTH_INVALID",
      },
      outdated: false,
      values: {
        name: "   ",
        clientNumber: "NZ 1; DROP",
        email: "geen-adres",
        dateOfBirth: "31-02-1950",
      },
    });
  });

  it("refuses a date of birth in the future and a missing address", () => {
    const nextYear = new Date().getUTCFullYear() + 1;

    expect(submit({ ...valid, email: "", dateOfBirth: `${nextYear}-01-01` })).toMatchObject({
      ok: false,
      fieldErrors: { email: "EMAIL_REQUIRED", dateOfBirth: "DATE_OF_BIRTH_IN_FUTURE" },
    });
  });

  it("treats a missing field as empty", () => {
    expect(submit({})).toMatchObject({
      ok: false,
      fieldErrors: { name: "NAME_REQUIRED", clientNumber: "CLIENT_NUMBER_REQUIRED" },
    });
  });
});
