import { createTranslator } from "next-intl";
import emails from "../../i18n/messages/en-admin/emails.json";

/** Wording written outside React (audit summaries), from the same catalogue as the page. */
export function emailText() {
  return createTranslator({ locale: "en", messages: { emails }, namespace: "emails" });
}
