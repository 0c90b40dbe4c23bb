import { cache } from "react";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { checkPortalSession } from "./check-portal-session";
import type { CurrentSession } from "./current-session";
import { readSessionToken } from "./read-session-token";

// The signed-in person of this request, or null. Checked against the
// PortalSession row every time (ended, idle, expired, account inactive);
// cached for the rest of the request, so a layout and its page share one
// look-up.
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = await readSessionToken();
  if (!token) return null;

  return checkPortalSession({ ...token, origin: await getRequestOrigin() });
});
