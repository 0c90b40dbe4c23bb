"use server";

import { redirect } from "next/navigation";
import { saveCancelledAppointment } from "../appointments/save-cancelled-appointment";
import { saveNewAppointment } from "../appointments/save-new-appointment";
import { saveRescheduledAppointment } from "../appointments/save-rescheduled-appointment";
import { sectionPath } from "../dossier-paths";
import {
  APPOINTMENT_ID_FIELDS,
  appointmentSchema,
  cancelAppointmentSchema,
  newAppointmentSchema,
} from "../forms/appointment-form";
import { dossierFormAction } from "./dossier-form-action";

// "Afspraak toevoegen", "Afspraak wijzigen" and "Afspraak annuleren".

export const createAppointmentAction = dossierFormAction({
  name: "appointment.create",
  schema: newAppointmentSchema,
  idFields: APPOINTMENT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveNewAppointment(actor, input);
    if (!result.ok) return result;

    redirect(sectionPath(input.clientId, "afspraken", "APPOINTMENT_CREATED"));
  },
});

export const rescheduleAppointmentAction = dossierFormAction({
  name: "appointment.reschedule",
  schema: appointmentSchema,
  idFields: APPOINTMENT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveRescheduledAppointment(actor, input);
    if (!result.ok) return result;

    const notice = result.changed ? "APPOINTMENT_RESCHEDULED" : "NOTHING_CHANGED";
    redirect(sectionPath(input.clientId, "afspraken", notice));
  },
});

export const cancelAppointmentAction = dossierFormAction({
  name: "appointment.cancel",
  schema: cancelAppointmentSchema,
  idFields: APPOINTMENT_ID_FIELDS,
  run: async (actor, input) => {
    const result = await saveCancelledAppointment(actor, input);
    if (!result.ok) return result;

    redirect(sectionPath(input.clientId, "afspraken", "APPOINTMENT_CANCELLED"));
  },
});
