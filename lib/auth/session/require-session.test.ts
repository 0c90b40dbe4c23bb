import { beforeEach, describe, expect, it, vi } from "vitest";
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

const { requireAdminSession, requireClientSession } = await import("./require-session");

function session(role: CurrentSession["role"]): CurrentSession {
  return { sessionId: "s", accountId: "a", role, name: "N", email: "n@example.test" };
}

describe("session guards", () => {
  beforeEach(() => getCurrentSession.mockReset());

  it("sends a visitor without a session to sign in", async () => {
    getCurrentSession.mockResolvedValue(null);

    await expect(requireClientSession()).rejects.toThrow("redirect:/inloggen");
    await expect(requireAdminSession()).rejects.toThrow("redirect:/inloggen");
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
});
