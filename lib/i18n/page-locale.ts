import { getLocale } from "next-intl/server";
import { defaultLocale, isAppLocale, type AppLocale } from "./locales";

/** The language of the page being rendered (from the proxy, through next-intl). */
export async function pageLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : defaultLocale;
}
