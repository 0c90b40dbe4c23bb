"use server";

import { redirect } from "next/navigation";
import { saveContactMoment } from "../contact-moments/save-contact-moment";
import { saveNewContactMoment } from "../contact-moments/save-new-contact-moment";
import { sectionPath } from "../dossier-paths";
import {
  CONTACT_MOMENT_ID_FIELDS,
  contactMomentSchema,
  newContactMomentSchema,
} from "../forms/contact-moment-form";
import { dossierFormAction } from "./dossier-form-action";

// "Contactmoment toevoegen" and "Contactmoment bewerken".

export const createContactMomentAction = dossierFormAction({
  name: "contact_moment.create",
  schema: newContactMomentSchema,
  idFields: CONTACT_MOMENT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveNewContactMoment(actor, input);
    if (!result.ok) return result;

    redirect(sectionPath(input.clientId, "contactmomenten", "CONTACT_MOMENT_CREATED"));
  },
});

export const updateContactMomentAction = dossierFormAction({
  name: "contact_moment.update",
  schema: contactMomentSchema,
  idFields: CONTACT_MOMENT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveContactMoment(actor, input);
    if (!result.ok) return result;

    const notice = result.changed ? "CONTACT_MOMENT_UPDATED" : "NOTHING_CHANGED";
    redirect(sectionPath(input.clientId, "contactmomenten", notice));
  },
});
