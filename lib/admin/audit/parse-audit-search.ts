import { z } from "zod";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";
import { parseReportSearch, type ReportSearch } from "@/lib/dossier/params/parse-report-search";
import { firstValue, type SearchParams } from "@/lib/dossier/params/search-params";

export type AuditSearch = ReportSearch & { action?: AuditAction; actionInvalid: boolean };

const actionSchema = z.enum(AUDIT_ACTIONS);

// Reads ?pagina=, ?van=, ?tot= (days in the portal's time zone, "tot"
// inclusive; the same rules as the dossier's period filters) and ?soort=
// (one audit action). An unknown kind is reported and left out.
export function parseAuditSearch(params: SearchParams, timeZone: string): AuditSearch {
  const period = parseReportSearch(params, timeZone);
  const kind = firstValue(params.soort)?.trim();
  if (!kind) return { ...period, actionInvalid: false };

  const action = actionSchema.safeParse(kind);

  return action.success
    ? { ...period, action: action.data, actionInvalid: false }
    : { ...period, actionInvalid: true };
}
