import type { Locale } from "date-fns";
import { cy, enGB } from "date-fns/locale";

/** The site's languages: English at today's addresses, Welsh under /cy. */
export const locales = ["en", "cy"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "en";

export function isAppLocale(value: unknown): value is AppLocale {
  return value === "en" || value === "cy";
}

/** The date-fns locale that matches the interface language, for dates and times. */
export function dateLocale(locale: string): Locale {
  return locale === "cy" ? cy : enGB;
}

/** The BCP 47 tag for <html lang>, hreflang and Intl. */
export function htmlLang(locale: string): string {
  return locale === "cy" ? "cy" : "en-GB";
}

/** Open Graph's locale for the page. */
export function openGraphLocale(locale: string): string {
  return locale === "cy" ? "cy_GB" : "en_GB";
}

/** Each language's name in itself, as the language switch shows it. */
export const languageNames: Record<AppLocale, string> = { en: "English", cy: "Cymraeg" };
