import type { Messages } from "./i18n/messages";

// Type-checks every translation key against the Dutch messages.
declare module "next-intl" {
  interface AppConfig {
    Locale: "nl";
    Messages: Messages;
  }
}
