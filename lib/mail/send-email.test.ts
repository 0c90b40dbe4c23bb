import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PasswordChangedEmail } from "@/emails/password-changed-email";
import { logger } from "@/lib/log/logger";
import { useTestDatabase } from "@/tests/support/test-database";
import { MailDeliveryError } from "./mail-delivery-error";
import { sendEmail } from "./send-email";
import { useMailTransport } from "./transports/get-mail-transport";
import type { MailTransport } from "./transports/mail-transport";

const getDb = useTestDatabase();

function uniqueAddress(): string {
  return `send-${crypto.randomUUID()}@example.test`;
}

function failingTransport(error: unknown): MailTransport {
  return {
    name: "resend",
    deliver: async () => {
      throw error;
    },
  };
}

afterEach(() => {
  useMailTransport(undefined);
  vi.restoreAllMocks();
});

describe("sendEmail", () => {
  it("stores the mail, as HTML and text, in the outbox by default", async () => {
    const to = uniqueAddress();

    await sendEmail({ to, subject: "Onderwerp", react: createElement(PasswordChangedEmail) });

    const rows = await getDb().outboxMessage.findMany({ where: { to } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject).toBe("Onderwerp");
    expect(rows[0]?.html).toContain("<html");
    expect(rows[0]?.text).toContain("Uw wachtwoord is gewijzigd");
    expect(rows[0]?.text).not.toContain("<");
  });

  it("hands the transport the configured sender", async () => {
    const deliver = vi.fn(async () => {});
    useMailTransport({ name: "resend", deliver });

    await sendEmail({ to: uniqueAddress(), subject: "S", react: createElement(PasswordChangedEmail) });

    expect(deliver).toHaveBeenCalledWith(
      expect.objectContaining({ from: "Mijn norazorg <no-reply@norazorg.example>" }),
    );
  });

  it("turns a transport failure into a MailDeliveryError", async () => {
    useMailTransport(failingTransport(new Error("socket hang up")));

    const sending = sendEmail({
      to: uniqueAddress(),
      subject: "S",
      react: createElement(PasswordChangedEmail),
    });

    await expect(sending).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(sending).rejects.toMatchObject({ reason: "unexpected" });
  });

  it("passes a transport's own MailDeliveryError on unchanged", async () => {
    const failure = new MailDeliveryError("resend_rate_limit_exceeded");
    useMailTransport(failingTransport(failure));

    await expect(
      sendEmail({ to: uniqueAddress(), subject: "S", react: createElement(PasswordChangedEmail) }),
    ).rejects.toBe(failure);
  });

  it("logs a failure without the address, subject or content", async () => {
    const to = uniqueAddress();
    const logError = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    useMailTransport(failingTransport(new Error(`could not reach ${to}`)));

    await expect(
      sendEmail({ to, subject: "Geheim onderwerp", react: createElement(PasswordChangedEmail) }),
    ).rejects.toBeInstanceOf(MailDeliveryError);

    expect(logError).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(logError.mock.calls[0]);
    expect(logged).toContain("unexpected");
    expect(logged).not.toContain(to);
    expect(logged).not.toContain("Geheim onderwerp");
    expect(logged).not.toContain("wachtwoord");
  });
});
