import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getTranslator } from "@/i18n/translator";
import { getAuthOptions } from "@/lib/auth/next-auth/auth-options";
import { portalAuthRoute } from "@/lib/auth/next-auth/portal-auth-route";
import { getCurrentSession } from "@/lib/auth/session/get-current-session";

type Context = { params: Promise<{ nextauth: string[] }> };

// Only the next-auth endpoints the code step uses are passed on (see
// portalAuthRoute); the rest answers 404. The options are built per
// request, after the configuration has been checked.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth: segments } = await context.params;
  const route = portalAuthRoute(request.method, segments);

  if (!route) {
    const t = await getTranslator("auth");
    return Response.json({ error: t("api.notFound") }, { status: 404 });
  }

  // The cookie alone does not make a session: an ended, idle or expired
  // PortalSession answers "none", and its cookie is not renewed.
  if (route === "session" && !(await getCurrentSession())) {
    return Response.json({}, { headers: { "Cache-Control": "no-store" } });
  }

  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
