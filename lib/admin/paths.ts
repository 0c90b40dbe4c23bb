import type { AdminNotice } from "./admin-notices";

// The admin area's addresses, in one place.
export const ADMIN_ROOT = "/admin";
export const CLIENTS_PATH = "/admin/clienten";
export const NEW_CLIENT_PATH = "/admin/clienten/nieuw";
export const ADMINS_PATH = "/admin/beheerders";

// A client's page; a notice to show there travels as ?melding=CODE.
export function clientPath(clientId: string, notice?: AdminNotice): string {
  const path = `${CLIENTS_PATH}/${encodeURIComponent(clientId)}`;

  return notice ? `${path}?melding=${notice}` : path;
}

export function editClientPath(clientId: string): string {
  return `${clientPath(clientId)}/bewerken`;
}

export function clientAuditPath(clientId: string): string {
  return `${clientPath(clientId)}/audit`;
}

export function clientDossierPath(clientId: string): string {
  return `${clientPath(clientId)}/dossier`;
}
