import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./catalogue";
import { LOCALE_HEADER } from "./locale-routing";
import { defaultLocale, isAppLocale } from "./locales";

// The page's language comes from the proxy (proxy.ts), which serves /cy/…
// addresses in Welsh and every other address in English.
export default getRequestConfig(async () => {
  const requested = (await headers()).get(LOCALE_HEADER);
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "Europe/London" };
});
