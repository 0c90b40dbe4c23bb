import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/server/client-address.mjs";
import { isDecodablePath } from "@/server/is-decodable-path.mjs";
import { isOversizedBody, MAX_BODY_BYTES } from "@/server/oversized-body.mjs";

function request(socketAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
  } as unknown as IncomingMessage;
}

describe("clientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(request("10.0.0.5", "1.2.3.4"), 0)).toBe("10.0.0.5");
  });

  it("takes the address the trusted proxy added, not one the client wrote", () => {
    // The client sent "6.6.6.6"; the proxy appended the real address.
    expect(clientAddress(request("10.0.0.1", "6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("falls back to the socket when a trusted hop passes on something that is no address", () => {
    expect(clientAddress(request("10.0.0.1", "<script>x</script>"), 1)).toBe("10.0.0.1");
    expect(clientAddress(request("10.0.0.1", "x".repeat(5_000)), 1)).toBe("10.0.0.1");
  });
});

describe("isDecodablePath", () => {
  it("accepts ordinary and correctly encoded paths", () => {
    expect(isDecodablePath("/afspraken/3f1c?x=%ff")).toBe(true);
    expect(isDecodablePath("/help/caf%C3%A9")).toBe(true);
  });

  it("refuses malformed percent-encoding in the path", () => {
    expect(isDecodablePath("/afspraken/%ff")).toBe(false);
    expect(isDecodablePath("/rapportages/%C0%AE")).toBe(false);
  });
});

describe("isOversizedBody", () => {
  const withLength = (length?: string) =>
    ({ headers: length === undefined ? {} : { "content-length": length } }) as IncomingMessage;

  it("lets through bodies up to the limit, and requests without a body", () => {
    expect(isOversizedBody(withLength(String(MAX_BODY_BYTES)))).toBe(false);
    expect(isOversizedBody(withLength("0"))).toBe(false);
    expect(isOversizedBody(withLength())).toBe(false);
  });

  it("refuses a body announced as larger than the limit", () => {
    expect(isOversizedBody(withLength(String(MAX_BODY_BYTES + 1)))).toBe(true);
  });
});
