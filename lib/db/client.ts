import { PrismaClient } from "@/generated/prisma/client";
import { getConfig } from "@/lib/config/config";

export type Db = PrismaClient;

async function openPglite(dir: string): Promise<PrismaClient> {
  const fs = await import("node:fs");
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");

  if (!dir.startsWith("memory://")) fs.mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);

  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

async function openPostgres(url: string): Promise<PrismaClient> {
  const { PrismaPg } = await import("@prisma/adapter-pg");

  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// One client per process. Kept on globalThis because hot reload re-runs
// this module, and PGlite must not open its data folder twice.
const holder = globalThis as unknown as { carefriendDb?: Promise<PrismaClient> };

export function getDb(): Promise<Db> {
  holder.carefriendDb ??= (() => {
    const { database } = getConfig();
    return database.kind === "pglite" ? openPglite(database.dir) : openPostgres(database.url);
  })();

  return holder.carefriendDb;
}

// For tests and scripts that bring their own client.
export function useDb(client: Db): void {
  holder.carefriendDb = Promise.resolve(client);
}
