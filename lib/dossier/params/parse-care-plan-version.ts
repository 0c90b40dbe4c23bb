import { z } from "zod";
import { firstValue, type SearchParams } from "./search-params";

const versionSchema = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

// ?versie=N asks for an older care plan version; anything else means the
// current one.
export function parseCarePlanVersion(params: SearchParams): number | undefined {
  return versionSchema.parse(firstValue(params.versie));
}
