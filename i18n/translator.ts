import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, loadMessages } from "./messages";

// Translations outside a React request: e-mails, server-side messages.
export async function getTranslator<Namespace extends string>(namespace: Namespace) {
  const messages = await loadMessages(DEFAULT_LOCALE);

  return createTranslator({ locale: DEFAULT_LOCALE, messages, namespace: namespace as never });
}
