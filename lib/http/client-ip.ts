import { headers } from "next/headers";

// server.mjs works out the client's address from the socket and the
// configured number of trusted proxy hops, and puts it in this header,
// overwriting whatever the client sent. Nothing else is trusted.
export const CLIENT_IP_HEADER = "x-carefriend-client-ip";

export type RequestOrigin = { ip: string; userAgent: string | null };

export async function getRequestOrigin(): Promise<RequestOrigin> {
  const requestHeaders = await headers();

  return {
    ip: requestHeaders.get(CLIENT_IP_HEADER) ?? "unknown",
    userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? null,
  };
}
