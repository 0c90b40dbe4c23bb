import { isDossierNotice, type DossierNotice } from "@/lib/admin/dossier/dossier-notices";
import { firstValue, type SearchParams } from "@/lib/dossier/params/search-params";

// ?melding=CODE after a change; anything else is ignored.
export function readNotice(params: SearchParams): DossierNotice | null {
  const notice = firstValue(params.melding);

  return isDossierNotice(notice) ? notice : null;
}
