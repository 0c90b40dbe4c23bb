// Validates the configuration before the server starts, so that a missing
// or malformed variable stops it with a message naming the variable.
import { ConfigError, getConfig } from "../lib/config/config";

try {
  const config = getConfig();
  if (config.isProduction && config.mail.transport === "outbox") {
    console.warn("Warning: MAIL_TRANSPORT=outbox: e-mail is kept in the local outbox, not sent.");
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
