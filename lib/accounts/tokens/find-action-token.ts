import type { ActionTokenPurpose } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { hashActionToken } from "./hash-action-token";

export type UsableActionToken = { id: string; accountId: string; expiresAt: Date };

// Looks a link token up without using it: for showing the page it opens.
// Unknown, used, voided and expired tokens all give null alike, so the page
// reveals nothing about the account.
export async function findUsableActionToken(
  token: string,
  purpose: ActionTokenPurpose,
): Promise<UsableActionToken | null> {
  if (!token || token.length > 200) return null;

  const db = await getDb();
  return db.actionToken.findFirst({
    where: {
      tokenHash: hashActionToken(token),
      purpose,
      usedAt: null,
      voidedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: { id: true, accountId: true, expiresAt: true },
  });
}
