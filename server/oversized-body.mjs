// Next.js refuses a request body over its limit (1 MB for server actions)
// with a bare English 500, and logs a stack trace. No form of the portal
// comes near it (the longest field takes 10,000 characters), so a request
// announcing more is answered here, in Dutch, before Next.js reads it. A
// body sent without a length is left to Next.js's own limit.
export const MAX_BODY_BYTES = 1024 * 1024;

export function isOversizedBody(request) {
  const length = Number(request.headers["content-length"]);

  return Number.isFinite(length) && length > MAX_BODY_BYTES;
}

// A page of its own, as the portal's pages cannot be rendered for a
// request Next.js will not read.
export function refuseOversizedBody(response, text) {
  const page = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${text.title}</h1><p>${text.text}</p><p><a href="/">${text.toHome}</a></p>
</body></html>`;

  response.writeHead(413, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    connection: "close",
  });
  response.end(page);
}
