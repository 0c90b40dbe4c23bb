import type { Db } from "@/lib/db/client";
import type { DemoAccount } from "./demo-accounts";

// Creates the account, or brings it back to a usable demo state: active,
// unlocked, with the demo password.
export async function upsertDemoAccount(
  db: Db,
  demo: DemoAccount,
  passwordHash: string,
): Promise<string> {
  const state = {
    name: demo.name,
    role: demo.role,
    status: "ACTIVE" as const,
    failedLoginCount: 0,
    lockCount: 0,
    lockedUntil: null,
  };

  const account = await db.account.upsert({
    where: { email: demo.email },
    create: { email: demo.email, ...state },
    update: state,
    select: { id: true },
  });

  await db.passwordCredential.upsert({
    where: { accountId: account.id },
    create: { accountId: account.id, hash: passwordHash },
    update: { hash: passwordHash, changedAt: new Date() },
  });

  return account.id;
}
