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
// cross-site posts, and in production only over HTTPS, where the
// "__Secure-" prefix makes the browser insist on that too.
export function cookieSettings(baseName: string): CookieSettings {
  const secure = getConfig().isProduction;

  return {
    name: secure ? `__Secure-${baseName}` : baseName,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}

// The next-auth session cookie (a JWT naming the PortalSession).
export function sessionCookieSettings(): CookieSettings {
  return cookieSettings("carefriend.session");
}

// The opaque reference to the login challenge between step 1 and step 2.
export function challengeCookieSettings(): CookieSettings {
  return cookieSettings("carefriend.login");
}
