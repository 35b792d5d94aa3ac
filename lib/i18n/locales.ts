import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale";

export const locales = ["en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "en";

/** The date-fns locale that matches the interface language, for dates and times. */
export function dateLocale(locale: string): Locale {
  switch (locale) {
    default:
      return enGB;
  }
}

/** The value of <html lang>. */
export function htmlLang(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}
