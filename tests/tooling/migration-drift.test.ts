import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

describe("migrations", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "carefriend-drift-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("match schema.prisma (npm run db:drift exits 0)", () => {
    const result = spawnSync("node", ["scripts/db/cli.mjs", "drift"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") },
      encoding: "utf8",
      timeout: 90_000,
    });

    expect(result.stdout).toMatch(/prisma\/migrations agree\./);
    expect(result.status).toBe(0);
  }, 120_000);

  // On a database that has none of the migrations yet, creating one used
  // to fail for want of a shadow database.
  it("can be created from an empty database (no change: nothing written)", () => {
    const result = spawnSync("node", ["scripts/db/cli.mjs", "create", "nothing"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(dir, "empty") },
      encoding: "utf8",
      timeout: 90_000,
    });

    expect(result.stderr).not.toMatch(/shadow/i);
    expect(result.stdout).toMatch(/No schema changes\./);
    expect(result.status).toBe(0);
  }, 120_000);
});
