import type { Db } from "@/lib/db/client";

// A client and the account that holds its SELF grant (every client made
// here has one; null for a client without an account).
export async function findClientWithAccount(db: Db, clientId: string) {
  const client = await db.client.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      name: true,
      clientNumber: true,
      dateOfBirth: true,
      createdAt: true,
      updatedAt: true,
      grants: {
        where: { kind: "SELF" },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: {
          account: {
            select: {
              id: true,
              email: true,
              name: true,
              role: true,
              status: true,
              lockedUntil: true,
              lastLoginAt: true,
              createdAt: true,
            },
          },
        },
      },
    },
  });
  if (!client) return null;

  const { grants, ...details } = client;

  return { client: details, account: grants[0]?.account ?? null };
}

export type ClientWithAccount = NonNullable<Awaited<ReturnType<typeof findClientWithAccount>>>;
