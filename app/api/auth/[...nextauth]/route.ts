import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/next-auth/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's endpoints (csrf, callback for the code step, session). The
// options are built per request, after the configuration has been checked.
function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
