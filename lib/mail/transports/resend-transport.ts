import type { CreateEmailOptions, CreateEmailResponse } from "resend";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import type { MailTransport } from "./mail-transport";

// The one part of the Resend SDK this transport uses; tests pass a fake.
export type ResendEmailClient = {
  emails: { send(options: CreateEmailOptions): Promise<CreateEmailResponse> };
};

export function createResendTransport(client: ResendEmailClient): MailTransport {
  return {
    name: "resend",
    async deliver({ from, to, subject, html, text }) {
      let response: CreateEmailResponse;
      try {
        response = await client.emails.send({ from, to, subject, html, text });
      } catch (error) {
        throw new MailDeliveryError("resend_unreachable", { cause: error });
      }

      // Resend reports refusals in the response rather than by throwing.
      if (response.error) {
        throw new MailDeliveryError(`resend_${response.error.name}`, { cause: response.error });
      }
    },
  };
}
