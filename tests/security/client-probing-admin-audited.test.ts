import { describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session/current-session";
import { updateReportAction } from "@/lib/admin/dossier/actions/report-actions";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import { addReport } from "../admin-dossier/support/admin-dossier-fixtures";

// Only the session lookup is replaced: requireAdminSession itself runs.
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session/get-current-session", () => ({ getCurrentSession: async () => session.current }));
vi.mock("@/lib/http/client-ip", () => ({
  getRequestOrigin: async () => ({ ip: "198.51.100.9", userAgent: "Testbrowser" }),
}));

describe("a client who calls an admin action on another client's dossier", () => {
  const db = useTestDatabase();

  it("is refused and the attempt is in the audit log as DENIED", async () => {
    const attacker = await createClientWithDossier(db());
    const victim = await createClientWithDossier(db());
    const report = await addReport(db(), victim.dossierId);
    session.current = { sessionId: "s", accountId: attacker.account.id, role: "CLIENT", name: "X", email: attacker.account.email };
    const form = new FormData();
    for (const [k, v] of Object.entries({ clientId: victim.client.id, reportId: report.id, writtenAt: "2026-02-10T10:15", author: "x", category: "OTHER", text: "overschreven" })) form.append(k, v);

    await expect(updateReportAction(null, form)).rejects.toMatchObject({ digest: expect.stringContaining("404") });

    const denied = await db().auditEvent.findMany({ where: { actorAccountId: attacker.account.id, outcome: "DENIED" } });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ action: "admin.access", subjectClientId: victim.client.id });
  });
});

describe("the admin actions judge the session before the form", () => {
  const db = useTestDatabase();

  it("gives a client 'not found' for an invalid form, not its values back", async () => {
    const client = await createClientWithDossier(db());
    session.current = { sessionId: "s", accountId: client.account.id, role: "CLIENT", name: "X", email: client.account.email };
    const form = new FormData();
    form.append("clientId", client.client.id);
    form.append("text", "geheim");

    await expect(updateReportAction(null, form)).rejects.toMatchObject({ digest: expect.stringContaining("404") });

    const denied = await db().auditEvent.findMany({ where: { actorAccountId: client.account.id } });
    expect(denied).toMatchObject([{ action: "admin.access", outcome: "DENIED", subjectClientId: client.client.id, ip: "198.51.100.9" }]);
  });

  it("sends a signed-out visitor to sign in, whatever the form holds", async () => {
    session.current = null;
    const form = new FormData();
    form.append("text", "geheim");

    await expect(updateReportAction(null, form)).rejects.toMatchObject({ digest: expect.stringContaining("/inloggen") });
  });
});
