import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config/config";
import { logger } from "@/lib/log/logger";
import { safeCallbackPath } from "../callback-url/safe-callback-path";
import { SESSION_MAX_HOURS } from "../constants";
import { sessionCookieSettings } from "../cookies/cookie-settings";
import { authorizeChallengeCode } from "./authorize-challenge-code";
import { CODE_PROVIDER_ID } from "./provider-id";

// next-auth issues the session cookie once a code is right (signing in,
// activating, or confirming a new password), and nothing else: the cookie
// is a JWT holding only the PortalSession's id and the account id. Whether the session is still valid is decided on every
// request from the PortalSession row (lib/auth/session/), so ending the row
// ends the session, whatever the JWT says.
export function getAuthOptions(): AuthOptions {
  const config = getConfig();

  return {
    secret: config.authSecret,
    useSecureCookies: config.isProduction,
    session: { strategy: "jwt", maxAge: SESSION_MAX_HOURS * 60 * 60 },
    cookies: { sessionToken: sessionCookieSettings() },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        id: CODE_PROVIDER_ID,
        name: "Code",
        credentials: {
          code: { label: "Code", type: "text" },
          purpose: { label: "Purpose", type: "text" },
        },
        authorize: (credentials, request) => authorizeChallengeCode(credentials, request),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (!user) return token;

        const sessionId = (user as { sessionId?: unknown }).sessionId;
        return { sub: user.id, sid: sessionId };
      },
      // What /api/auth/session tells the browser: only that there is one.
      session({ session }) {
        return { expires: session.expires };
      },
      redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
      },
    },
    // next-auth's messages can carry request details: keep the code only.
    logger: {
      error: (code) => logger.error({ nextAuth: code }, "next-auth error"),
      warn: (code) => logger.warn({ nextAuth: code }, "next-auth warning"),
      debug: () => {},
    },
  };
}
