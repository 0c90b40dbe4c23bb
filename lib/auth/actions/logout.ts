"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { CHALLENGE_PURPOSES } from "../challenges/challenge-rules";
import { challengeCookieSettings, sessionCookieSettings } from "../cookies/cookie-settings";
import { endPortalSession } from "../session/end-portal-session";
import { getCurrentSession } from "../session/get-current-session";

// "Uitloggen": ends the PortalSession (so the cookie is worthless even if a
// copy survives), removes the cookies and shows the login page with a note.
export async function logout(): Promise<never> {
  const session = await getCurrentSession();

  if (session) {
    const origin = await getRequestOrigin();
    const ended = await endPortalSession(await getDb(), session.sessionId, "logout");
    await recordAuditEvent({
      action: "logout",
      outcome: ended ? "SUCCESS" : "FAILURE",
      actorAccountId: session.accountId,
      ip: origin.ip,
      userAgent: origin.userAgent,
      detail: { sessionId: session.sessionId },
    });
  }

  const jar = await cookies();
  const challengeCookies = CHALLENGE_PURPOSES.map((purpose) => challengeCookieSettings(purpose));
  for (const cookie of [sessionCookieSettings(), ...challengeCookies]) {
    jar.delete({ name: cookie.name, ...cookie.options });
  }

  redirect("/inloggen?uitgelogd=1");
}
