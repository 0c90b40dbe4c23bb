import { notFound } from "next/navigation";
import type { CurrentSession } from "@/lib/auth/session/current-session";
import { getRequestOrigin } from "@/lib/http/client-ip";
import type { DossierRequest } from "../dossier-request";
import type { DossierQuery } from "../open-dossier";
import { openDossierAsAdmin } from "./open-dossier-as-admin";

// For admin pages: reads a client's dossier through openDossierAsAdmin
// with the request's origin. Every refusal is a plain 404.
export async function readDossierAsAdmin<T>(
  session: Pick<CurrentSession, "accountId" | "role">,
  clientId: string,
  request: DossierRequest,
  query: DossierQuery<T>,
): Promise<T> {
  const outcome = await openDossierAsAdmin(
    {
      actor: { accountId: session.accountId, role: session.role },
      clientId,
      origin: await getRequestOrigin(),
      request,
    },
    query,
  );

  if (!outcome.ok) notFound();

  return outcome.data;
}
