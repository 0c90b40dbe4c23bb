import type { ActionTokenPurpose } from "@/generated/prisma/client";
import { getDb, type Db } from "@/lib/db/client";
import { hashActionToken } from "./hash-action-token";

// Marks a link token used, atomically: of any number of simultaneous
// attempts exactly one gets the account id, the rest get null.
export async function useActionToken(
  token: string,
  purpose: ActionTokenPurpose,
  db?: Db,
): Promise<{ accountId: string } | null> {
  if (!token || token.length > 200) return null;

  const client = db ?? (await getDb());
  const tokenHash = hashActionToken(token);
  const now = new Date();
  const { count } = await client.actionToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, voidedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;

  const used = await client.actionToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { accountId: true },
  });
  return { accountId: used.accountId };
}
