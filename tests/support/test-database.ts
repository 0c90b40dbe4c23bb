import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { useDb, type Db } from "@/lib/db/client";

// Every test file that calls useTestDatabase() gets a database of its own
// with all committed migrations applied: a fresh PostgreSQL database on the
// server in DATABASE_URL when set (CI), else an in-memory PGlite.

function migrationSql(): string[] {
  const dir = path.resolve("prisma/migrations");

  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

type TestDatabase = { db: Db; drop: () => Promise<void> };

async function createPgliteDatabase(): Promise<TestDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await PGlite.create("memory://");
  for (const sql of migrationSql()) await pglite.exec(sql);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });

  return { db, drop: async () => { await db.$disconnect(); await pglite.close(); } };
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const pg = (await import("pg")).default;
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const name = `carefriend_test_${crypto.randomUUID().replaceAll("-", "")}`;

  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const setup = new pg.Client({ connectionString: url.toString() });
  await setup.connect();
  for (const sql of migrationSql()) await setup.query(sql);
  await setup.end();

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? createPostgresDatabase(serverUrl) : createPgliteDatabase();
}

// Registers hooks that give this test file its own database and make it the
// one getDb() returns. Use the returned getter inside tests.
export function useTestDatabase(): () => Db {
  let testDatabase: TestDatabase | undefined;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    useDb(testDatabase.db);
  });
  afterAll(async () => {
    await testDatabase?.drop();
  });

  return () => {
    if (!testDatabase) throw new Error("useTestDatabase: the database is not ready yet");
    return testDatabase.db;
  };
}
