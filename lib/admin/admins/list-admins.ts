import { getDb } from "@/lib/db/client";

// Every admin account by name, whatever its status.
export async function listAdmins() {
  const db = await getDb();

  return db.account.findMany({
    where: { role: "ADMIN" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      lockedUntil: true,
      lastLoginAt: true,
    },
  });
}

export type AdminListItem = Awaited<ReturnType<typeof listAdmins>>[number];
