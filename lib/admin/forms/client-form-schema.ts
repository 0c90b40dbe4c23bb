import { z } from "zod";
import {
  clientNumberField,
  dateOfBirthField,
  emailField,
  nameField,
  recordIdField,
} from "./fields";
import { recordVersionField } from "./record-version-field";

// "Nieuwe cliënt": the client's details and the address of the account.
export const clientFormSchema = z.object({
  name: nameField,
  clientNumber: clientNumberField,
  email: emailField,
  dateOfBirth: dateOfBirthField,
});

export type ClientFormInput = z.output<typeof clientFormSchema>;

export const CLIENT_FORM_FIELDS = ["name", "clientNumber", "email", "dateOfBirth"] as const;

// "Gegevens wijzigen": the same fields, for an existing client as it was
// when the form was loaded (basedOnUpdatedAt). The address may be left
// empty only for a client without an account.
export const clientUpdateSchema = clientFormSchema.extend({
  clientId: recordIdField,
  basedOnUpdatedAt: recordVersionField,
  email: z
    .string()
    .transform((text) => (text.trim() === "" ? null : text))
    .pipe(emailField.nullable()),
});

export type ClientUpdateInput = z.output<typeof clientUpdateSchema>;

export const CLIENT_UPDATE_FIELDS = ["clientId", "basedOnUpdatedAt", ...CLIENT_FORM_FIELDS] as const;
