import type { CreateEmailOptions, CreateEmailResponse } from "resend";
import { describe, expect, it, vi } from "vitest";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import { createResendTransport, type ResendEmailClient } from "./resend-transport";

const email = {
  from: "Mijn norazorg <no-reply@norazorg.example>",
  to: "client@example.test",
  subject: "Uw inlogcode",
  html: "<p>123456</p>",
  text: "123456",
};

function fakeClient(send: (options: CreateEmailOptions) => Promise<CreateEmailResponse>) {
  return { emails: { send: vi.fn(send) } } satisfies ResendEmailClient;
}

describe("the Resend transport", () => {
  it("sends sender, address, subject, HTML and text to Resend", async () => {
    const client = fakeClient(async () => ({
      data: { id: "message-1" },
      error: null,
      headers: null,
    }));

    await createResendTransport(client).deliver(email);

    expect(client.emails.send).toHaveBeenCalledWith(email);
  });

  it("turns an error reported by Resend into a MailDeliveryError naming it", async () => {
    const client = fakeClient(async () => ({
      data: null,
      error: { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 },
      headers: null,
    }));

    const delivering = createResendTransport(client).deliver(email);

    await expect(delivering).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(delivering).rejects.toMatchObject({ reason: "resend_rate_limit_exceeded" });
  });

  it("turns a thrown network error into a MailDeliveryError", async () => {
    const client = fakeClient(async () => {
      throw new TypeError("fetch failed");
    });

    await expect(createResendTransport(client).deliver(email)).rejects.toMatchObject({
      name: "MailDeliveryError",
      reason: "resend_unreachable",
    });
  });
});
