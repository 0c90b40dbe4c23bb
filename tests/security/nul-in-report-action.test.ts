import { notFound } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session/current-session";
import { createReportAction } from "@/lib/admin/dossier/actions/report-actions";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import { createAdminActor } from "../admin-dossier/support/admin-dossier-fixtures";

const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session/require-session", () => ({
  requireAdminSession: async () => {
    if (session.current?.role !== "ADMIN") notFound();
    return session.current;
  },
}));
vi.mock("@/lib/http/client-ip", () => ({
  getRequestOrigin: async () => ({ ip: "198.51.100.9", userAgent: "Testbrowser" }),
}));

describe("a NUL byte typed into a report", () => {
  const db = useTestDatabase();

  it("is a field error the admin can correct, not UNEXPECTED", async () => {
    const admin = await createAdminActor(db());
    const { client } = await createClientWithDossier(db());
    session.current = { sessionId: "s", accountId: admin.accountId, role: "ADMIN", name: "A", email: "a@example.test" };
    const form = new FormData();
    for (const [k, v] of Object.entries({ clientId: client.id, writtenAt: "2026-02-10T10:15", author: "Zuster X", category: "OTHER", text: "a\u0000b" })) form.append(k, v);

    const state = await createReportAction(null, form);

    expect(state).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { text: expect.any(String) } });
  });

  it("in a hidden record id is 'not found', with no field errors", async () => {
    const admin = await createAdminActor(db());
    const { client } = await createClientWithDossier(db());
    session.current = { sessionId: "s", accountId: admin.accountId, role: "ADMIN", name: "A", email: "a@example.test" };
    const form = new FormData();
    for (const [k, v] of Object.entries({ clientId: `${client.id}\u0000`, writtenAt: "2026-02-10T10:15", author: "Zuster X", category: "OTHER", text: "tekst" })) form.append(k, v);

    const state = await createReportAction(null, form);

    expect(state).toMatchObject({ ok: false, error: "NOT_FOUND", fieldErrors: {} });
  });
});
