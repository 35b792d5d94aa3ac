import { getRequestConfig } from "next-intl/server";
import { defaultLocale } from "./locales";

// English only for now; the Welsh catalogue (cy.json) will be added beside
// en.json and chosen here from the visitor's preference.
export default getRequestConfig(async () => {
  const locale = defaultLocale;
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    timeZone: "Europe/London",
  };
});
