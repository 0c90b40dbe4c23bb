declare module "@/server/client-address.mjs" {
  import type { IncomingMessage } from "node:http";
  export function clientAddress(request: IncomingMessage, trustedProxyHops: number): string;
}
declare module "@/server/is-decodable-path.mjs" {
  export function isDecodablePath(url: string | undefined): boolean;
}
declare module "@/server/oversized-body.mjs" {
  import type { IncomingMessage } from "node:http";
  export const MAX_BODY_BYTES: number;
  export function isOversizedBody(request: IncomingMessage): boolean;
}
