import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Client pages reach dossier data only through lib/dossier (readDossier and
// its scoped queries). This guards against a page opening the database
// itself and skipping the grant check and the audit trail.
const FORBIDDEN_IMPORTS = [
  "@/lib/db/client",
  "@/generated/prisma",
  "@/lib/dossier/open-dossier",
  "@/lib/dossier/dossier-scope",
  "@/lib/dossier/find-active-grants",
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);

    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

describe("client pages", () => {
  const files = sourceFiles(path.resolve("app/(client)"));

  it("exist", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("never open the database or a dossier scope themselves", () => {
    const offenders = files.flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");

      return FORBIDDEN_IMPORTS.filter((name) => source.includes(`"${name}`)).map(
        (name) => `${path.relative(process.cwd(), file)} imports ${name}`,
      );
    });

    expect(offenders).toEqual([]);
  });

  it("read dossier data only inside readDossier", () => {
    const readers = files.filter((file) => /@\/lib\/dossier\/queries\//.test(fs.readFileSync(file, "utf8")));

    for (const file of readers) {
      expect(fs.readFileSync(file, "utf8"), path.relative(process.cwd(), file)).toContain(
        "readDossier(",
      );
    }
  });
});

// The admin's dossier pages go through the staff path: readDossierAsAdmin
// for reading, the server actions of lib/admin/dossier (which use
// writeDossierAsAdmin) for writing.
const ADMIN_DOSSIER_PAGES = "app/(admin)/admin/clienten/[id]/dossier";

const ADMIN_FORBIDDEN_IMPORTS = [
  "@/lib/db/client",
  "@/generated/prisma/client",
  "@/lib/dossier/open-dossier",
  "@/lib/dossier/read-dossier",
  "@/lib/dossier/dossier-scope",
  "@/lib/dossier/find-active-grants",
  "@/lib/dossier/admin/open-dossier-as-admin",
  "@/lib/dossier/write/",
];

function importsOf(files: string[], forbidden: string[]): string[] {
  return files.flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");

    return forbidden
      .filter((name) => source.includes(`"${name}`))
      .map((name) => `${path.relative(process.cwd(), file)} imports ${name}`);
  });
}

describe("admin dossier pages", () => {
  const files = sourceFiles(path.resolve(ADMIN_DOSSIER_PAGES));

  it("exist", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("never open the database, a dossier scope or the write path themselves", () => {
    expect(importsOf(files, ADMIN_FORBIDDEN_IMPORTS)).toEqual([]);
  });

  it("read dossier data only inside readDossierAsAdmin", () => {
    // A type-only import reads nothing.
    const readers = files.filter((file) =>
      /^import (?!type )[^;]*from "@\/lib\/dossier\/(admin\/)?queries\//m.test(
        fs.readFileSync(file, "utf8"),
      ),
    );

    expect(readers.length).toBeGreaterThan(5);
    for (const file of readers) {
      expect(fs.readFileSync(file, "utf8"), path.relative(process.cwd(), file)).toContain(
        "readDossierAsAdmin(",
      );
    }
  });
});

// Dossier content is read and written in lib/dossier only, where every
// query takes a scope; nowhere else (no page under app/(admin), nothing in
// lib/admin) calls the database for those tables.
describe("the rest of the code", () => {
  const DOSSIER_TABLE_CALL =
    /\.(carePlan|carePlanGoal|careAgreement|appointment|report|contactMoment)\s*\.\s*(find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)\b/;
  const files = [...sourceFiles(path.resolve("app")), ...sourceFiles(path.resolve("lib"))].filter(
    (file) => !path.relative(process.cwd(), file).startsWith(`lib${path.sep}dossier${path.sep}`),
  );

  it("never queries the dossier's tables directly", () => {
    const offenders = files.filter((file) => DOSSIER_TABLE_CALL.test(fs.readFileSync(file, "utf8")));

    expect(offenders.map((file) => path.relative(process.cwd(), file))).toEqual([]);
  });

  it("keeps every admin page off the database client", () => {
    expect(importsOf(sourceFiles(path.resolve("app/(admin)")), ["@/lib/db/client"])).toEqual([]);
  });
});
