import { CODE_PROVIDER_ID } from "./provider-id";

// The part of next-auth's endpoints the portal uses: what signIn() from
// next-auth/react requests for the code step (providers, csrf, the
// callback of the code provider, then the session). Everything else of
// next-auth (its English sign-in, sign-out, error and verify pages, its
// client log, other callbacks) is not offered: signing out goes through
// the logout action, which ends the PortalSession too.
export type PortalAuthRoute = "providers" | "csrf" | "callback" | "session";

export function portalAuthRoute(method: string, segments: readonly string[]): PortalAuthRoute | null {
  const path = segments.join("/");

  if (method === "GET" && path === "providers") return "providers";
  if (method === "GET" && path === "csrf") return "csrf";
  if (method === "GET" && path === "session") return "session";
  if (method === "POST" && path === `callback/${CODE_PROVIDER_ID}`) return "callback";

  return null;
}
