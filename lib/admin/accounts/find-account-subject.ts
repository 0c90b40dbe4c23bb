import type { Db } from "@/lib/db/client";

// An account an admin acts on, with the client it belongs to (through its
// SELF grant) as the subject of the audit event. Admins have no client.
export async function findAccountSubject(db: Db, accountId: string) {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      lockedUntil: true,
      grants: {
        where: { kind: "SELF" },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { clientId: true },
      },
    },
  });
  if (!account) return null;

  const { grants, ...subject } = account;

  return { ...subject, clientId: grants[0]?.clientId ?? null };
}
