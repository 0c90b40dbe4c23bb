import { getDb } from "@/lib/db/client";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import type { MailTransport } from "./mail-transport";

// Keeps mail in the OutboxMessage table instead of sending it, so every
// server instance and the e2e tests see the same outbox.
export function createOutboxTransport(): MailTransport {
  return {
    name: "outbox",
    async deliver({ to, subject, text, html }) {
      try {
        const db = await getDb();
        await db.outboxMessage.create({ data: { to: to.trim(), subject, text, html } });
      } catch (error) {
        throw new MailDeliveryError("outbox_unavailable", { cause: error });
      }
    },
  };
}
