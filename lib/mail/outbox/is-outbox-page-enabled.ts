import { getConfig } from "@/lib/config/config";

// The development outbox page: always outside production, and in
// production only on a host that explicitly keeps its mail in the outbox.
export function isOutboxPageEnabled(): boolean {
  const config = getConfig();

  return !config.isProduction || config.mail.transport === "outbox";
}
