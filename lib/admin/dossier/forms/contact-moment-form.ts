import { z } from "zod";
import { recordVersionField } from "@/lib/admin/forms/record-version-field";
import { CONTACT_CHANNELS } from "../dossier-choices";
import { SHORT_TEXT_MAX, SUMMARY_MAX } from "../dossier-limits";
import {
  choiceField,
  lineField,
  pastDateTimeField,
  recordIdField,
  textField,
} from "./dossier-fields";

// "Contactmoment toevoegen": when, how, with whom, and what about.
export const newContactMomentSchema = z.object({
  clientId: recordIdField,
  occurredAt: pastDateTimeField,
  channel: choiceField(CONTACT_CHANNELS),
  withWhom: lineField(SHORT_TEXT_MAX),
  summary: textField(SUMMARY_MAX),
});

export type NewContactMomentForm = z.output<typeof newContactMomentSchema>;

// "Contactmoment bewerken": as it was when the form was loaded
// (basedOnUpdatedAt).
export const contactMomentSchema = newContactMomentSchema.extend({
  contactMomentId: recordIdField,
  basedOnUpdatedAt: recordVersionField,
});

export type ContactMomentForm = z.output<typeof contactMomentSchema>;

export const CONTACT_MOMENT_ID_FIELDS = ["clientId", "contactMomentId"] as const;
