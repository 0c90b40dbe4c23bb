import { describe, expect, it, vi } from "vitest";
import { readDossier } from "@/lib/dossier/read-dossier";
import { getReport } from "@/lib/dossier/queries/get-report";
import { useTestDatabase } from "../support/test-database";
import { auditEventsOf, createClientWithDossier } from "./support/dossier-fixtures";

vi.mock("@/lib/http/client-ip", () => ({
  getRequestOrigin: async () => ({ ip: "198.51.100.7", userAgent: "Testbrowser" }),
}));

// What Next.js's notFound() throws, and renders as the 404 page.
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

describe("readDossier for pages", () => {
  const db = useTestDatabase();

  it("returns the data and audits the request's origin", async () => {
    const anna = await createClientWithDossier(db());
    const report = await db().report.create({
      data: {
        dossierId: anna.dossierId,
        writtenAt: new Date(),
        author: "Begeleider",
        category: "WELLBEING",
        text: "Goede week gehad.",
      },
    });

    const data = await readDossier(
      { accountId: anna.account.id },
      { page: "report", recordId: report.id },
      (scope) => getReport(scope, report.id),
    );

    expect(data.text).toBe("Goede week gehad.");
    const [event] = await auditEventsOf(db(), anna.account.id);
    expect(event).toMatchObject({ ip: "198.51.100.7", userAgent: "Testbrowser" });
    expect(JSON.stringify(event?.detail)).not.toContain("Goede week");
  });

  it("answers with a 404 when there is no grant", async () => {
    const anna = await createClientWithDossier(db(), { grant: false });

    await expect(
      readDossier({ accountId: anna.account.id }, { page: "overview" }, async () => ({})),
    ).rejects.toMatchObject(NOT_FOUND);
  });

  it("answers with a 404 for another client's record", async () => {
    const anna = await createClientWithDossier(db());
    const bert = await createClientWithDossier(db());
    const foreign = await db().report.create({
      data: {
        dossierId: bert.dossierId,
        writtenAt: new Date(),
        author: "Begeleider",
        category: "OTHER",
        text: "Niet voor Anna.",
      },
    });

    await expect(
      readDossier({ accountId: anna.account.id }, { page: "report", recordId: foreign.id }, (scope) =>
        getReport(scope, foreign.id),
      ),
    ).rejects.toMatchObject(NOT_FOUND);
  });
});
