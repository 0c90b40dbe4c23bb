import { notFound, redirect } from "next/navigation";
import { ADMIN_LANDING_PATH } from "../constants";
import type { CurrentSession } from "./current-session";
import { getCurrentSession } from "./get-current-session";

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

// Someone signed in without the admin role gets "not found", not a hint
// that an admin area exists.
export async function requireAdminSession(): Promise<CurrentSession> {
  const session = await getCurrentSession();
  if (!session) redirect("/inloggen");
  if (session.role !== "ADMIN") notFound();

  return session;
}
