import { z } from "zod";
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

export const contactMomentSchema = newContactMomentSchema.extend({
  contactMomentId: recordIdField,
});

export type ContactMomentForm = z.output<typeof contactMomentSchema>;

export const CONTACT_MOMENT_ID_FIELDS = ["clientId", "contactMomentId"] as const;
