import { z } from "zod";
import { recordVersionField } from "@/lib/admin/forms/record-version-field";
import {
  APPOINTMENT_MAX_HOURS,
  CANCEL_REASON_MAX,
  DESCRIPTION_MAX,
  SHORT_TEXT_MAX,
} from "../dossier-limits";
import { dateTimeField, lineField, recordIdField, textField } from "./dossier-fields";

const appointmentFields = {
  clientId: recordIdField,
  startsAt: dateTimeField,
  endsAt: dateTimeField,
  location: lineField(SHORT_TEXT_MAX),
  careWorker: lineField(SHORT_TEXT_MAX),
  description: textField(DESCRIPTION_MAX),
};

type Times = { startsAt: Date; endsAt: Date };

// The end comes after the start, and one appointment lasts at most a day.
function checkTimes(times: Times, context: z.RefinementCtx) {
  const minutes = (times.endsAt.getTime() - times.startsAt.getTime()) / 60_000;
  if (minutes <= 0) {
    context.addIssue({ code: "custom", path: ["endsAt"], message: "END_NOT_AFTER_START" });
  } else if (minutes > APPOINTMENT_MAX_HOURS * 60) {
    context.addIssue({ code: "custom", path: ["endsAt"], message: "DURATION_TOO_LONG" });
  }
}

// "Afspraak toevoegen".
export const newAppointmentSchema = z.object(appointmentFields).superRefine(checkTimes);

export type NewAppointmentForm = z.output<typeof newAppointmentSchema>;

// "Afspraak wijzigen": another time, place, care worker or description,
// for the appointment as it was when the form was loaded.
export const appointmentSchema = z
  .object({
    ...appointmentFields,
    appointmentId: recordIdField,
    basedOnUpdatedAt: recordVersionField,
  })
  .superRefine(checkTimes);

export type AppointmentForm = z.output<typeof appointmentSchema>;

// "Afspraak annuleren": the reason is required, the client reads it. The
// appointment must still be as the admin saw it on the page.
export const cancelAppointmentSchema = z.object({
  clientId: recordIdField,
  appointmentId: recordIdField,
  basedOnUpdatedAt: recordVersionField,
  cancelReason: textField(CANCEL_REASON_MAX),
});

export type CancelAppointmentForm = z.output<typeof cancelAppointmentSchema>;

export const APPOINTMENT_ID_FIELDS = ["clientId", "appointmentId"] as const;
