import { notFound, redirect } from "next/navigation";
import type { CurrentSession } from "./current-session";
import { getCurrentSession } from "./get-current-session";

// Guards for pages, route handlers and server actions. Each protected entry
// point calls one of these itself; nothing relies on a proxy in front.

export async function requireClientSession(): Promise<CurrentSession> {
  const session = await getCurrentSession();
  if (!session) redirect("/inloggen");

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
