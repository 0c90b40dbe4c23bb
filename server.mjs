// Serves the portal. The client's address is worked out here, from the
// socket and the configured number of trusted proxy hops, and handed to the
// app in one header that overwrites whatever the client sent.
// Run through `npm run dev` / `npm start`, which validate the configuration
// first (scripts/check-config.ts).
import http from "node:http";
import next from "next";
import proxyaddr from "proxy-addr";

const CLIENT_IP_HEADER = "x-carefriend-client-ip"; // see lib/http/client-ip.ts

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);

// proxy-addr walks X-Forwarded-For from the right and stops at the first
// hop it does not trust; an address the client wrote itself is never reached.
const trustHops = (_address, hop) => hop < trustedProxyHops;

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((request, response) => {
    request.headers[CLIENT_IP_HEADER] = proxyaddr(request, trustHops);
    handle(request, response);
  })
  .listen(port, hostname, () => {
    console.log(`Carefriend listening on http://${hostname}:${port}`);
  });
