// Thrown when an e-mail could not be handed to the mail transport. Callers
// tell the person plainly that the mail did not go out and let them retry.
// `reason` is a short code for logs; it never holds an address or content.
export class MailDeliveryError extends Error {
  readonly code = "MAIL_DELIVERY_FAILED";

  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`E-mail delivery failed: ${reason}`, options);
    this.name = "MailDeliveryError";
  }
}
