// What an admin is told after a dossier change went through, as stable
// codes mapped to Dutch in messages/nl/admin-dossier.json
// (adminDossier.notices.<CODE>). They travel in the address as ?melding=.
export const DOSSIER_NOTICES = [
  "CARE_PLAN_VERSION_ADDED",
  "APPOINTMENT_CREATED",
  "APPOINTMENT_RESCHEDULED",
  "APPOINTMENT_CANCELLED",
  "REPORT_CREATED",
  "REPORT_UPDATED",
  "CONTACT_MOMENT_CREATED",
  "CONTACT_MOMENT_UPDATED",
  "NOTHING_CHANGED",
] as const;

export type DossierNotice = (typeof DOSSIER_NOTICES)[number];

export function isDossierNotice(value: unknown): value is DossierNotice {
  return DOSSIER_NOTICES.includes(value as DossierNotice);
}
