import { z } from "zod";
import { firstValue, type SearchParams } from "@/lib/dossier/params/search-params";
import { searchText } from "@/lib/validation/text-fields";

export type ClientListSearch = { search: string; page: number };

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

// Reads ?zoek= and ?pagina= of the client list. Anything that is not a
// sensible page number means page 1; the search text loses what cannot
// be stored or seen (a NUL would break the query) and is cut to a length
// no name, number or address reaches.
export function parseClientListSearch(params: SearchParams): ClientListSearch {
  return {
    search: searchText(firstValue(params.zoek) ?? "", 200),
    page: pageSchema.parse(firstValue(params.pagina) ?? 1),
  };
}
