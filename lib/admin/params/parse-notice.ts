import { firstValue, type SearchParams } from "@/lib/dossier/params/search-params";
import { isAdminNotice, type AdminNotice } from "../admin-notices";

// ?melding=CODE after a redirect; anything unknown shows nothing.
export function parseNotice(params: SearchParams): AdminNotice | null {
  const value = firstValue(params.melding);

  return isAdminNotice(value) ? value : null;
}
