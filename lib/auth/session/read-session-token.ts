import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getConfig } from "@/lib/config/config";
import { sessionCookieSettings } from "../cookies/cookie-settings";

export type SessionToken = { sessionId: string; accountId: string };

// The PortalSession id and account id from this request's session cookie,
// once next-auth has checked its encryption and expiry; null otherwise.
export async function readSessionToken(): Promise<SessionToken | null> {
  const value = (await cookies()).get(sessionCookieSettings().name)?.value;
  if (!value) return null;

  try {
    const token = await decode({ token: value, secret: getConfig().authSecret });
    if (typeof token?.sid !== "string" || typeof token.sub !== "string") return null;

    return { sessionId: token.sid, accountId: token.sub };
  } catch {
    return null;
  }
}
