// Which part of the dossier a reader asked for. Recorded in the audit
// event as ids and names only, never content.
export const DOSSIER_PAGES = [
  // The admin's overview of every section, for maintaining the dossier.
  "dossier",
  "overview",
  "care-plan",
  "appointments",
  "appointment",
  "reports",
  "report",
  "contact-moments",
  "contact-moment",
  "account-details",
] as const;

export type DossierPage = (typeof DOSSIER_PAGES)[number];

export type DossierRequest = {
  page: DossierPage;
  recordId?: string;
  // A care plan version number, when an older version is asked for.
  version?: number;
};
