import type { DossierScope } from "../dossier-scope";

// The reader's own account and the client it gives access to. Null if
// either has gone, which the page shows as not found.
export async function getAccountDetails(scope: DossierScope) {
  const { db } = scope;

  const [account, client] = await Promise.all([
    db.account.findUnique({
      where: { id: scope.accountId },
      select: { name: true, email: true, previousLoginAt: true },
    }),
    db.client.findUnique({
      where: { id: scope.clientId },
      select: { name: true, clientNumber: true, dateOfBirth: true },
    }),
  ]);
  if (!account || !client) return null;

  return { account, client };
}
