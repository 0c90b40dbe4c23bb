import { notFound, redirect } from "next/navigation";
import { ADMIN_LANDING_PATH } from "../constants";
import type { CurrentSession } from "./current-session";
import { getCurrentSession } from "./get-current-session";
import { recordAdminDenial } from "./record-admin-denial";

// Guards for pages, route handlers and server actions. Each protected entry
// point calls one of these itself; nothing relies on a proxy in front.

// Client pages are for accounts that read a dossier; an admin works in
// the admin area and is sent there.
export async function requireClientSession(): Promise<CurrentSession> {
  const session = await getCurrentSession();
  if (!session) redirect("/inloggen");
  if (session.role === "ADMIN") redirect(ADMIN_LANDING_PATH);

  return session;
}

export type AdminGuardOptions = {
  // The client whose data the page or action is about, when known, so
  // that a refused attempt shows up under that client in the audit log.
  clientId?: string | null;
};

// Someone signed in without the admin role gets "not found", not a hint
// that an admin area exists; the attempt is audited first.
export async function requireAdminSession(
  options: AdminGuardOptions = {},
): Promise<CurrentSession> {
  const session = await getCurrentSession();
  if (!session) redirect("/inloggen");
  if (session.role !== "ADMIN") {
    await recordAdminDenial(session.accountId, session.sessionId, options.clientId ?? null);
    notFound();
  }

  return session;
}
