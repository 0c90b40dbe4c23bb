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
