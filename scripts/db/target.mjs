// Which database a command works on: PostgreSQL when DATABASE_URL is set,
// otherwise the embedded PGlite database in a git-ignored data folder.
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export function databaseTarget(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };

  return { kind: "pglite", dir: path.resolve(env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR) };
}

export async function openPglite(dir) {
  const { PGlite } = await import("@electric-sql/pglite");

  // PGlite does not create parent folders itself.
  fs.mkdirSync(dir, { recursive: true });

  return PGlite.create(dir);
}
