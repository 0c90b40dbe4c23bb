import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE } from "@/i18n/messages";
import email from "@/messages/nl/email.json";

// Templates render synchronously, outside any request, so they translate
// straight from the e-mail messages file; keys are type-checked against it.
export function getEmailTranslator() {
  return createTranslator({ locale: DEFAULT_LOCALE, messages: { email }, namespace: "email" });
}
