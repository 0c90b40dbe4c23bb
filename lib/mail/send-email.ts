import { getConfig } from "@/lib/config/config";
import { logger } from "@/lib/log/logger";
import { MailDeliveryError } from "./mail-delivery-error";
import { renderEmail } from "./render-email";
import { getMailTransport } from "./transports/get-mail-transport";

export type SendEmailInput = { to: string; subject: string; react: React.ReactElement };

// The one way the portal sends mail: renders the template and hands it to
// the configured transport (Resend, or the local outbox).
export async function sendEmail({ to, subject, react }: SendEmailInput): Promise<void> {
  const transport = getMailTransport();

  try {
    const { html, text } = await renderEmail(react);
    await transport.deliver({ from: getConfig().mail.from, to, subject, html, text });
  } catch (error) {
    const failure =
      error instanceof MailDeliveryError
        ? error
        : new MailDeliveryError("unexpected", { cause: error });

    // Only the transport and a reason code: no address, subject or content.
    logger.error({ transport: transport.name, reason: failure.reason }, "e-mail not delivered");
    throw failure;
  }
}
