import crypto from "node:crypto";
import type { ActionTokenPurpose } from "@/generated/prisma/client";
import { getDb, type Db } from "@/lib/db/client";
import { ACTION_TOKEN_BYTES, ACTION_TOKEN_LIFETIME_MS } from "./action-token-rules";
import { hashActionToken } from "./hash-action-token";

export type IssuedActionToken = { token: string; expiresAt: Date };

// Creates a new single-use link token and voids every earlier unused one of
// the same purpose for the account: only the newest link works. The raw
// token is returned once, for the e-mail; only its hash is stored.
// Pass `tx` to issue it inside the caller's interactive transaction (e.g.
// together with the account it belongs to); without it, the two steps get
// a transaction of their own.
export async function issueActionToken(
  accountId: string,
  purpose: ActionTokenPurpose,
  tx?: Db,
): Promise<IssuedActionToken> {
  const token = crypto.randomBytes(ACTION_TOKEN_BYTES).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ACTION_TOKEN_LIFETIME_MS[purpose]);

  const replace = async (db: Db) => {
    await db.actionToken.updateMany({
      where: { accountId, purpose, usedAt: null, voidedAt: null },
      data: { voidedAt: now },
    });
    await db.actionToken.create({
      data: { accountId, purpose, tokenHash: hashActionToken(token), expiresAt },
    });
  };
  if (tx) await replace(tx);
  else await (await getDb()).$transaction((transaction) => replace(transaction as Db));

  return { token, expiresAt };
}
