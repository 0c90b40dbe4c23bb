import { getConfig } from "@/lib/config/config";

// Mail lands in the outbox table only with the outbox transport; the
// outbox API answers only then. In production the configuration allows it
// only when MAIL_TRANSPORT=outbox is set explicitly (staging and demo).
export function isOutboxActive(): boolean {
  return getConfig().mail.transport === "outbox";
}
