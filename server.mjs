// Serves the portal. The client's address is worked out here, from the
// socket and the configured number of trusted proxy hops, and handed to the
// app in one header that overwrites whatever the client sent.
// Run through `npm run dev` / `npm start`, which validate the configuration
// first (scripts/check-config.ts).
import http from "node:http";
import next from "next";
import { clientAddress } from "./server/client-address.mjs";
import { isDecodablePath } from "./server/is-decodable-path.mjs";
import { isOversizedBody, refuseOversizedBody } from "./server/oversized-body.mjs";
import errors from "./messages/nl/errors.json" with { type: "json" };

const CLIENT_IP_HEADER = "x-carefriend-client-ip"; // see lib/http/client-ip.ts
// No page lives here, so Next.js renders the portal's Dutch 404 for it.
const NOT_FOUND_PATH = "/niet-gevonden";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((request, response) => {
    request.headers[CLIENT_IP_HEADER] = clientAddress(request, trustedProxyHops);
    if (!isDecodablePath(request.url)) request.url = NOT_FOUND_PATH;
    if (isOversizedBody(request)) {
      refuseOversizedBody(response, {
        title: errors.tooLargeTitle,
        text: errors.tooLargeText,
        toHome: errors.toHome,
      });
      return;
    }

    handle(request, response);
  })
  .listen(port, hostname, () => {
    console.log(`Carefriend listening on http://${hostname}:${port}`);
  });
