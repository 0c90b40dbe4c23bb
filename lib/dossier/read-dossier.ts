import { notFound } from "next/navigation";
import { getRequestOrigin } from "@/lib/http/client-ip";
import type { DossierRequest } from "./dossier-request";
import { openDossier, type DossierQuery } from "./open-dossier";

// Anything that names the signed-in account, such as the current session.
export type DossierReader = { accountId: string };

// For pages: reads through openDossier with the request's origin. Every
// refusal is a plain 404, so a page never reveals whether another client's
// record exists.
export async function readDossier<T>(
  reader: DossierReader,
  request: DossierRequest,
  query: DossierQuery<T>,
): Promise<T> {
  const outcome = await openDossier(
    { accountId: reader.accountId, origin: await getRequestOrigin(), request },
    query,
  );

  if (!outcome.ok) notFound();

  return outcome.data;
}
