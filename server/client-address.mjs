import net from "node:net";
import proxyaddr from "proxy-addr";

// The client's address: X-Forwarded-For is walked from the right and only
// as many hops are trusted as configured, so a value the client wrote
// itself is never reached. A trusted proxy that passes on something that
// is not an address yields the socket's address instead: the result is
// used as a rate-limit key and stored in the audit log.
export function clientAddress(request, trustedProxyHops) {
  const trustHops = (_address, hop) => hop < trustedProxyHops;
  const address = proxyaddr(request, trustHops);

  return net.isIP(address) ? address : (request.socket?.remoteAddress ?? "unknown");
}
