import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { hashActionToken } from "@/lib/accounts/tokens/hash-action-token";
import type { Db } from "@/lib/db/client";
import { CHALLENGE_RULES } from "../challenges/challenge-rules";

export type LinkAccount = {
  tokenId: string;
  account: { id: string; email: string; name: string; role: "CLIENT" | "ADMIN" };
};

// The account an activation or reset link opens, when the link can still
// be used: known (looked up by its hash only), of this purpose, not used,
// not replaced, not expired, and for an account in the status the purpose
// needs (INVITED to activate, ACTIVE to reset). Every other case is null
// alike, so a page built on this tells nothing about the account.
export async function findLinkAccount(
  db: Db,
  token: unknown,
  purpose: ActionTokenPurpose,
  now: Date,
): Promise<LinkAccount | null> {
  if (typeof token !== "string" || token.length === 0 || token.length > 200) return null;

  const found = await db.actionToken.findUnique({
    where: { tokenHash: hashActionToken(token) },
    select: {
      id: true,
      purpose: true,
      usedAt: true,
      voidedAt: true,
      expiresAt: true,
      account: { select: { id: true, email: true, name: true, role: true, status: true } },
    },
  });
  if (!found || found.purpose !== purpose || found.usedAt || found.voidedAt) return null;
  if (found.expiresAt <= now) return null;

  const { status, ...account } = found.account;
  if (status !== CHALLENGE_RULES[purpose].accountStatus) return null;

  return { tokenId: found.id, account };
}
