"use client";

// Last resort when even the root layout fails: no providers are available
// here, so the text is inline. It matches messages/nl/errors.json.
export default function GlobalError() {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Er ging iets mis</h1>
        <p>
          Er ging iets mis aan onze kant. Probeer het later opnieuw. Blijft het misgaan? Neem dan
          contact op met de administratie.
        </p>
        <a href="/">Naar de startpagina</a>
      </body>
    </html>
  );
}
