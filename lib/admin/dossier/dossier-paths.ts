import type { DossierNotice } from "./dossier-notices";

// The addresses of the admin's dossier pages, in one place.
export type DossierSection = "zorgplan" | "afspraken" | "rapportages" | "contactmomenten";

function clientDossier(clientId: string): string {
  return `/admin/clienten/${encodeURIComponent(clientId)}/dossier`;
}

function withNotice(path: string, notice?: DossierNotice): string {
  return notice ? `${path}?melding=${notice}` : path;
}

export function dossierPath(clientId: string): string {
  return clientDossier(clientId);
}

// A section's list; after a change the admin lands here with a notice.
export function sectionPath(clientId: string, section: DossierSection, notice?: DossierNotice) {
  return withNotice(`${clientDossier(clientId)}/${section}`, notice);
}

export function newRecordPath(clientId: string, section: DossierSection): string {
  return `${sectionPath(clientId, section)}/nieuw`;
}

export function editRecordPath(clientId: string, section: DossierSection, recordId: string) {
  return `${sectionPath(clientId, section)}/${encodeURIComponent(recordId)}/bewerken`;
}

export function cancelAppointmentPath(clientId: string, appointmentId: string): string {
  return `${sectionPath(clientId, "afspraken")}/${encodeURIComponent(appointmentId)}/annuleren`;
}

// A care plan version to read, or a new version to write based on one.
export function carePlanVersionPath(clientId: string, version: number): string {
  return `${sectionPath(clientId, "zorgplan")}?versie=${version}`;
}

export function newCarePlanVersionPath(clientId: string, basedOn?: number): string {
  const path = newRecordPath(clientId, "zorgplan");

  return basedOn === undefined ? path : `${path}?basis=${basedOn}`;
}
