import { afterEach, describe, expect, it, vi } from "vitest";
import type { MailTransportName } from "@/lib/config/config";
import { getMailTransport, useMailTransport } from "./get-mail-transport";

const configured = vi.hoisted(() => ({ transport: "outbox" as MailTransportName }));

vi.mock("@/lib/config/config", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/config/config")>();
  const getConfig = () => {
    const config = actual.getConfig();
    const mail = { ...config.mail, transport: configured.transport, resendApiKey: "re_test" };
    return { ...config, mail };
  };

  return { ...actual, getConfig };
});

afterEach(() => useMailTransport(undefined));

describe("getMailTransport", () => {
  it("uses the outbox when the configuration says so", () => {
    configured.transport = "outbox";

    expect(getMailTransport().name).toBe("outbox");
  });

  it("uses Resend when the configuration says so", () => {
    configured.transport = "resend";

    expect(getMailTransport().name).toBe("resend");
  });
});
