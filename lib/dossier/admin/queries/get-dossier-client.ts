import type { DossierScope } from "../../dossier-scope";

// Whose dossier this is, for the heading of every admin dossier page.
export function getDossierClient(scope: DossierScope) {
  return scope.db.client.findUnique({
    where: { id: scope.clientId },
    select: { id: true, name: true, clientNumber: true },
  });
}

export type DossierClient = NonNullable<Awaited<ReturnType<typeof getDossierClient>>>;

// A page's query together with the client it belongs to; null (not found)
// when either is missing.
export async function withDossierClient<T>(
  scope: DossierScope,
  query: Promise<T | null>,
): Promise<{ client: DossierClient; data: T } | null> {
  const [client, data] = await Promise.all([getDossierClient(scope), query]);

  return client && data !== null ? { client, data } : null;
}
