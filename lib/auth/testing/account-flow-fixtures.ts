import crypto from "node:crypto";
import type { AccountStatus } from "@/generated/prisma/enums";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import type { Db } from "@/lib/db/client";
import { hashChallengeReference } from "../challenges/challenge-reference";

// Helpers for the activation, reset and change-password tests.

// Two passwords that share their first 72 bytes (bcrypt's limit) and
// differ only after them: through the pre-hash they must be different
// passwords everywhere.
export const LONG_PASSWORD_STEM = "zeilboot op het meer bij ondergaande zon, daarna soep".padEnd(
  72,
  "!",
);
export const LONG_PASSWORD_A = `${LONG_PASSWORD_STEM} appel`;
export const LONG_PASSWORD_B = `${LONG_PASSWORD_STEM} peren`;

export const NEW_PASSWORD = "Wandelen langs de Waal in mei";

export type InvitedAccount = { id: string; email: string; name: string; token: string };

// An invited client without a password, and the activation link token an
// admin's invitation would have mailed.
export async function createInvitedAccount(
  db: Db,
  options: { status?: AccountStatus } = {},
): Promise<InvitedAccount> {
  const email = `uitgenodigd-${crypto.randomUUID()}@example.test`;
  const account = await db.account.create({
    data: { email, name: "Ria Voorbeeld", role: "CLIENT", status: options.status ?? "INVITED" },
  });
  const { token } = await issueActionToken(account.id, "ACTIVATION");

  return { id: account.id, email, name: account.name, token };
}

// The token at the end of a mailed link such as .../wachtwoord-herstellen/<token>.
export function tokenFromUrl(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split("/").at(-1)!);
}

export function findChallengeByReference(db: Db, reference: string) {
  return db.challenge.findUniqueOrThrow({
    where: { referenceHash: hashChallengeReference(reference) },
  });
}

// A signed-in browser of the account, as a session row.
export async function openSession(db: Db, accountId: string, now = new Date()): Promise<string> {
  const session = await db.portalSession.create({
    data: {
      accountId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
    },
  });

  return session.id;
}

// A code of the right shape that is not the mailed one.
export function otherCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, "0");
}
