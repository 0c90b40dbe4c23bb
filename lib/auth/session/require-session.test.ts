import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import type { CurrentSession } from "./current-session";

const getCurrentSession = vi.fn<() => Promise<CurrentSession | null>>();
vi.mock("./get-current-session", () => ({ getCurrentSession }));

const redirect = vi.fn((path: string) => {
  throw new Error(`redirect:${path}`);
});
const notFound = vi.fn(() => {
  throw new Error("not-found");
});
vi.mock("next/navigation", () => ({ redirect, notFound }));

const recordAuditEvent = vi.fn(async (_event: AuditEventInput) => {});
vi.mock("@/lib/audit/record-audit-event", () => ({ recordAuditEvent }));
vi.mock("@/lib/http/client-ip", () => ({
  getRequestOrigin: async () => ({ ip: "198.51.100.7", userAgent: "Testbrowser" }),
}));

const { requireAdminSession, requireClientSession } = await import("./require-session");

function session(role: CurrentSession["role"]): CurrentSession {
  return { sessionId: "s", accountId: "a", role, name: "N", email: "n@example.test" };
}

describe("session guards", () => {
  beforeEach(() => {
    getCurrentSession.mockReset();
    recordAuditEvent.mockClear();
  });

  it("sends a visitor without a session to sign in", async () => {
    getCurrentSession.mockResolvedValue(null);

    await expect(requireClientSession()).rejects.toThrow("redirect:/inloggen");
    await expect(requireAdminSession()).rejects.toThrow("redirect:/inloggen");
    expect(recordAuditEvent).not.toHaveBeenCalled();
  });

  it("lets a client into client pages, and answers 'not found' for the admin area", async () => {
    getCurrentSession.mockResolvedValue(session("CLIENT"));

    await expect(requireClientSession()).resolves.toMatchObject({ role: "CLIENT" });
    await expect(requireAdminSession()).rejects.toThrow("not-found");
  });

  it("sends an admin from client pages to the admin area", async () => {
    getCurrentSession.mockResolvedValue(session("ADMIN"));

    await expect(requireClientSession()).rejects.toThrow("redirect:/admin");
    await expect(requireAdminSession()).resolves.toMatchObject({ role: "ADMIN" });
  });

  it("audits a client's attempt on the admin area before answering 'not found'", async () => {
    getCurrentSession.mockResolvedValue(session("CLIENT"));
    const clientId = "0b7f5a52-4d7e-4c1a-9d0e-3f1a2b3c4d5e";

    await expect(requireAdminSession({ clientId })).rejects.toThrow("not-found");

    expect(recordAuditEvent).toHaveBeenCalledOnce();
    const event = recordAuditEvent.mock.calls[0]![0];
    expect(event).toMatchObject({
      action: "admin.access",
      outcome: "DENIED",
      actorAccountId: "a",
      subjectClientId: clientId,
      ip: "198.51.100.7",
      userAgent: "Testbrowser",
    });
    expect(JSON.stringify(event.detail)).not.toContain("n@example.test");
    expect(notFound.mock.invocationCallOrder.at(-1)).toBeGreaterThan(
      recordAuditEvent.mock.invocationCallOrder[0]!,
    );
  });

  it("keeps no subject when the client id given is not id-shaped", async () => {
    getCurrentSession.mockResolvedValue(session("CLIENT"));

    await expect(requireAdminSession({ clientId: "../etc" })).rejects.toThrow("not-found");

    expect(recordAuditEvent).toHaveBeenCalledWith(
      expect.objectContaining({ action: "admin.access", subjectClientId: null }),
    );
  });

  it("audits nothing for an admin", async () => {
    getCurrentSession.mockResolvedValue(session("ADMIN"));

    await requireAdminSession({ clientId: "0b7f5a52-4d7e-4c1a-9d0e-3f1a2b3c4d5e" });

    expect(recordAuditEvent).not.toHaveBeenCalled();
  });
});
