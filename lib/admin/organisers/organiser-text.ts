import { createTranslator } from "next-intl";
import organisers from "../../i18n/messages/en-admin/organisers.json";

/** Wording written outside React (audit summaries), from the same catalogue as the page. */
export function organiserText() {
  return createTranslator({ locale: "en", messages: { organisers }, namespace: "organisers" });
}
