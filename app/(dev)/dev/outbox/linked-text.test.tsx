import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkedText } from "./linked-text";

describe("LinkedText (the outbox's mail text)", () => {
  it("makes every web address a link and keeps the rest as text", () => {
    const html = renderToStaticMarkup(
      <LinkedText text={"Klik op de link:\nhttp://localhost:3000/activeren/abc-123\nTot ziens."} />,
    );

    expect(html).toContain(
      'Klik op de link:\n<a href="http://localhost:3000/activeren/abc-123" class="break-all text-brand-700 underline">http://localhost:3000/activeren/abc-123</a>\nTot ziens.',
    );
  });

  it("escapes the text around the addresses", () => {
    expect(renderToStaticMarkup(<LinkedText text="<b>geen link</b>" />)).toBe(
      "&lt;b&gt;geen link&lt;/b&gt;",
    );
  });
});
