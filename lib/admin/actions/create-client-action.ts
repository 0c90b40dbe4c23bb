"use server";

import { redirect } from "next/navigation";
import { createClient } from "../clients/create-client";
import { CLIENT_FORM_FIELDS, clientFormSchema } from "../forms/client-form-schema";
import { clientPath } from "../paths";
import { adminFormAction } from "./admin-form-action";

// "Nieuwe cliënt": on success the new client's page, with a notice that
// says whether the activation mail went out.
export const createClientAction = adminFormAction({
  name: "client.create",
  schema: clientFormSchema,
  fields: CLIENT_FORM_FIELDS,
  run: async (actor, input) => {
    const result = await createClient(actor, input);
    if (!result.ok) return result;

    redirect(
      clientPath(
        result.clientId,
        result.mailSent ? "CLIENT_CREATED" : "CLIENT_CREATED_MAIL_FAILED",
      ),
    );
  },
});
