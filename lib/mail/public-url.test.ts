import { describe, expect, it } from "vitest";
import { publicUrl } from "./public-url";

describe("publicUrl", () => {
  it("puts the path after the configured base URL", () => {
    expect(publicUrl("/activeren/abc")).toBe("http://localhost:3000/activeren/abc");
  });

  it("refuses anything but a path on the portal itself", () => {
    expect(() => publicUrl("https://elders.example/x")).toThrow();
    expect(() => publicUrl("//elders.example/x")).toThrow();
    expect(() => publicUrl("activeren")).toThrow();
  });
});
