import type { MailTransportName } from "@/lib/config/config";

// A rendered e-mail, ready to hand to a transport.
export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
};

// Something that delivers rendered e-mails. A transport throws
// MailDeliveryError when it could not take the message.
export type MailTransport = {
  name: MailTransportName;
  deliver(email: OutgoingEmail): Promise<void>;
};
