import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { DEFAULT_LOCALE, loadMessages, type Messages } from "./messages";

export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

// Translations outside a React request: e-mails, server-side messages.
export async function getTranslator<const Namespace extends MessageNamespace>(
  namespace: Namespace,
) {
  const messages = await loadMessages(DEFAULT_LOCALE);

  return createTranslator({ locale: DEFAULT_LOCALE, messages, namespace });
}
