import { getRequestConfig } from "next-intl/server";
import { getConfig } from "@/lib/config/config";
import { DEFAULT_LOCALE, loadMessages } from "./messages";

// Dutch only for now; English and easy-read Dutch become further locales
// chosen here, with their own message folders.
export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  messages: await loadMessages(DEFAULT_LOCALE),
  timeZone: getConfig().timeZone,
}));
