import { Resend } from "resend";
import { getConfig } from "@/lib/config/config";
import type { MailTransport } from "./mail-transport";
import { createOutboxTransport } from "./outbox-transport";
import { createResendTransport } from "./resend-transport";

function createConfiguredTransport(): MailTransport {
  const { mail } = getConfig();

  // The configuration refuses "resend" without a key, so the key is there.
  return mail.transport === "resend"
    ? createResendTransport(new Resend(mail.resendApiKey))
    : createOutboxTransport();
}

// One transport per process, kept on globalThis so hot reload reuses it.
const holder = globalThis as unknown as { carefriendMailTransport?: MailTransport };

export function getMailTransport(): MailTransport {
  holder.carefriendMailTransport ??= createConfiguredTransport();

  return holder.carefriendMailTransport;
}

// For tests that bring their own transport; undefined goes back to the
// configured one.
export function useMailTransport(transport: MailTransport | undefined): void {
  holder.carefriendMailTransport = transport;
}
