import type { ChallengePurpose } from "@/generated/prisma/enums";
import { getConfig } from "@/lib/config/config";

export type CookieSettings = {
  name: string;
  options: {
    httpOnly: true;
    sameSite: "lax";
    path: "/";
    secure: boolean;
  };
};

// The portal's own cookies: out of reach of scripts, not sent along with
// cross-site posts, and in production only over HTTPS. There the "__Host-"
// prefix makes the browser insist on Secure, path "/" and no Domain, so no
// other host under the same domain can set or overwrite them. `secure` is
// given only by tools preparing cookies for a server in another mode.
export function cookieSettings(
  baseName: string,
  secure: boolean = getConfig().isProduction,
): CookieSettings {
  return {
    name: secure ? `__Host-${baseName}` : baseName,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}

// The next-auth session cookie (a JWT naming the PortalSession).
export function sessionCookieSettings(secure?: boolean): CookieSettings {
  return cookieSettings("carefriend.session", secure);
}

const CHALLENGE_COOKIE_NAMES: Record<ChallengePurpose, string> = {
  LOGIN: "carefriend.login",
  ACTIVATION: "carefriend.activation",
  PASSWORD_RESET: "carefriend.reset",
};

// The opaque reference to an open challenge, between choosing or typing
// the password and typing the code. One cookie per purpose, so that
// signing in elsewhere in the same browser does not end an activation.
export function challengeCookieSettings(
  purpose: ChallengePurpose = "LOGIN",
  secure?: boolean,
): CookieSettings {
  return cookieSettings(CHALLENGE_COOKIE_NAMES[purpose], secure);
}
