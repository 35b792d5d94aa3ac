import type { AppLocale } from "./locales";

// Organisers write the programme in English and, beside it, in Welsh (the
// `…Cy` columns). A Welsh page shows the Welsh text; where there is none yet
// it shows the English text, marked as English (lang="en") so that screen
// readers pronounce it as English and nobody mistakes it for a translation.

export type ContentText = { text: string; lang: AppLocale };

export function contentIn(locale: AppLocale, english: string, welsh: string | null | undefined): ContentText {
  if (locale === "cy" && welsh && welsh.trim() !== "") return { text: welsh, lang: "cy" };
  return { text: english, lang: "en" };
}

/** Just the text, where no lang attribute can be given (a page title, an attribute, a sentence in a message). */
export function contentTextIn(locale: AppLocale, english: string, welsh: string | null | undefined): string {
  return contentIn(locale, english, welsh).text;
}
