"use client";

import errors from "@/messages/nl/errors.json";

// Last resort when even the root layout fails: no providers are available
// here, so the text is read from the messages file itself. A plain link
// (not next/link) reloads the whole page, which is what a broken root
// layout needs.
export default function GlobalError() {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem" }}>
        <h1>{errors.unexpectedTitle}</h1>
        <p>{errors.unexpectedText}</p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload is the point */}
        <a href="/">{errors.toHome}</a>
      </body>
    </html>
  );
}
