import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

const ORIGIN = "https://mijn.norazorg.example";
const FALLBACK = "/overzicht";

describe("safeCallbackPath", () => {
  it.each([
    ["/zorgplan", "/zorgplan"],
    ["/afspraken/abc-123", "/afspraken/abc-123"],
    ["/rapportages?pagina=2#lijst", "/rapportages?pagina=2#lijst"],
    ["/admin", "/admin"],
    ["/", "/"],
    // Absolute, but on our own origin: reduced to the path.
    ["https://mijn.norazorg.example/zorgplan", "/zorgplan"],
    ["HTTPS://MIJN.NORAZORG.EXAMPLE/zorgplan", "/zorgplan"],
    ["https://mijn.norazorg.example", "/"],
    // Dot segments are resolved, and stay on our origin.
    ["/inloggen/../zorgplan", "/zorgplan"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps %j as %j", (value, expected) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe(expected);
  });

  it.each([
    // Other origins.
    "https://evil.example/overzicht",
    "http://mijn.norazorg.example/zorgplan",
    "https://mijn.norazorg.example:8443/zorgplan",
    "https://mijn.norazorg.example.evil.example/",
    "https://mijn.norazorg.example@evil.example/",
    "https://user:pass@mijn.norazorg.example/zorgplan",
    // Scheme-relative and look-alikes.
    "//evil.example",
    "//evil.example/overzicht",
    "///evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/%2e%2e//evil.example",
    // Backslashes, which browsers read as slashes.
    "/\\evil.example",
    "\\\\evil.example",
    "/zorgplan\\..\\",
    "https:\\\\evil.example",
    // Other schemes.
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "mailto:iemand@example.test",
    "https:evil.example",
    "http:/evil.example",
    // Control characters and whitespace that browsers strip or fold.
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    " /zorgplan",
    "/zorg plan",
    "/zorgplan\u0000",
    "/\u00a0/evil.example",
    "/\u2028",
    // Not a path at all.
    "zorgplan",
    "./zorgplan",
    "../admin",
    "?next=/admin",
    "#top",
    "",
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe(FALLBACK);
  });

  it.each([undefined, null, 42, ["/zorgplan"], { href: "/zorgplan" }])(
    "refuses the non-string %j",
    (value) => {
      expect(safeCallbackPath(value, ORIGIN)).toBe(FALLBACK);
    },
  );

  it("uses the given fallback, and /overzicht when none is given", () => {
    expect(safeCallbackPath("//evil.example", ORIGIN, "/admin")).toBe("/admin");
    expect(safeCallbackPath("//evil.example", ORIGIN, "")).toBe("");
    expect(safeCallbackPath("//evil.example", ORIGIN)).toBe("/overzicht");
  });

  it("accepts an origin given with a path or trailing slash", () => {
    expect(safeCallbackPath("https://mijn.norazorg.example/zorgplan", `${ORIGIN}/`)).toBe(
      "/zorgplan",
    );
  });
});
