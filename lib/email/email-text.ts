import type { CorrespondenceLanguage } from "../generated/prisma/enums";
import { translatorFor, type Translate } from "../i18n/catalogue";
import type { AppLocale } from "../i18n/locales";

export type { Translate };

// Emails are written outside React, so they use next-intl's plain translator
// over the same catalogue as the pages, in the reader's language: the one
// they chose for correspondence (User.language), or for someone we do not
// know yet, the language of the page they used.

/** A translator for emails in one language. */
export function emailTranslator(locale: AppLocale): Translate {
  return translatorFor(locale);
}

/** The languages to write in, in order: both means Welsh first (the Welsh Language Standards). */
export function correspondenceLocales(language: CorrespondenceLanguage | null | undefined): AppLocale[] {
  if (language === "WELSH") return ["cy"];
  if (language === "BILINGUAL") return ["cy", "en"];
  return ["en"];
}

/** The first language of a person's correspondence, for what can hold only one (a calendar file's text). */
export function firstLocale(language: CorrespondenceLanguage | null | undefined): AppLocale {
  return correspondenceLocales(language)[0] ?? "en";
}

export type WrittenEmail = { subject: string; text: string };

/** Between the Welsh and the English of a bilingual email. */
const LANGUAGE_DIVIDER = "\n" + "— — —" + "\n\n";

/**
 * An email written once in each language and put together: one language as
 * it is; both with the subjects joined ("Welsh / English") and the Welsh
 * text first, then the English.
 */
export function writtenIn(locales: readonly AppLocale[], write: (t: Translate, locale: AppLocale) => WrittenEmail): WrittenEmail {
  const versions = locales.map((locale) => write(emailTranslator(locale), locale));
  return { subject: versions.map((version) => version.subject).join(" / "), text: versions.map((version) => version.text).join(LANGUAGE_DIVIDER) };
}

/** A plain-text body: blocks of lines separated by blank lines; empty blocks are left out. */
export function plainText(blocks: (string | string[] | false | null | undefined)[]): string {
  return (
    blocks
      .map((block) => (Array.isArray(block) ? block.join("\n") : block))
      .filter((block): block is string => Boolean(block))
      .join("\n\n") + "\n"
  );
}
