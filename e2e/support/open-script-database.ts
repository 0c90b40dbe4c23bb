import { PrismaClient } from "@/generated/prisma/client";
import { getConfig } from "@/lib/config/config";
import type { Db } from "@/lib/db/client";

// A database client for a one-off script that closes everything when done.
// PGlite keeps a timer running while it is open, so a script that leaves
// it open never exits; and closing it shuts the data folder down cleanly
// before the server opens it.
export async function openScriptDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  const { database } = getConfig();

  if (database.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    return { db, close: () => db.$disconnect() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await PGlite.create(database.dir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });

  return {
    db,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
