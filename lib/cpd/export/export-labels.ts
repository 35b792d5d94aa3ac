import type { Locale } from "date-fns";
import { correspondenceLocales } from "../../email/email-text";
import type { CorrespondenceLanguage } from "../../generated/prisma/enums";
import { messagesFor } from "../../i18n/catalogue";
import { dateLocale, type AppLocale } from "../../i18n/locales";
import { formatDayHeading } from "../../programme/event-time";
import { standardOf } from "../standards/registry";
import type { CpdExport } from "./get-cpd-export";

// The exports of a person's CPD record (CSV, text, PDF, and the record for a
// sample check) are written in the language they chose for correspondence:
// Welsh, English, or both, where each label reads "Welsh / English" (Welsh
// first, as in every bilingual document we send). The standards are in Welsh
// where the wording is ours (our summaries of the Social Care Wales Code, our
// general areas); a regulator's own English wording stays as it is.

type ExportMessages = ReturnType<typeof messagesFor>["cpd"]["export"];
type LabelKey = { [Key in keyof ExportMessages]: ExportMessages[Key] extends string ? Key : never }[keyof ExportMessages];

/** What a template's placeholders are filled with, per language (dates differ by language). */
type Language = { locale: AppLocale; dates: Locale; day: (value: string) => string; export: ExportMessages; types: Record<string, string> };
type Values = (language: Language) => Record<string, string | number>;

export type ExportWords = {
  /** The language tag of the document: "cy" for Welsh or bilingual (Welsh first), else "en-GB". */
  lang: string;
  /** A label, e.g. "Date", "Dyddiad", or "Dyddiad / Date". */
  label: (key: LabelKey) => string;
  /** A sentence with placeholders, written in each language with its own values. */
  fill: (key: LabelKey, values: Values) => string;
  /** A yyyy-MM-dd date, "Tuesday 18 March 2025" in each language. */
  day: (value: string) => string;
  type: (activityType: string) => string;
  regulator: (regulator: string) => string;
  /** Anything else, written in each language and joined (by " / ", or for paragraphs a blank line). */
  each: (write: (language: Language) => string, separator?: string) => string;
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

export function exportWordsFor(language: CorrespondenceLanguage | null | undefined): ExportWords {
  const languages = correspondenceLocales(language).map((locale) => {
    const dates = dateLocale(locale);
    const cpd = messagesFor(locale).cpd;
    return { locale, dates, day: (value: string) => formatDayHeading(value, dates), export: cpd.export, types: cpd.types as Record<string, string> };
  });
  const joined = (pick: (language: Language) => string, separator = " / ") => [...new Set(languages.map(pick))].join(separator);
  return {
    lang: languages[0]?.locale === "cy" ? "cy" : "en-GB",
    label: (key) => joined((language) => language.export[key]),
    fill: (key, values) => joined((language) => fill(language.export[key], values(language))),
    day: (value) => joined((language) => language.day(value)),
    type: (activityType) => joined((language) => language.types[activityType] ?? activityType),
    regulator: (regulator) => joined((language) => (language.export.regulators as Record<string, string>)[regulator] ?? regulator),
    each: (write, separator) => joined(write, separator),
  };
}

/** "All dates", "From 1 March 2026", "From … to …". */
export function periodLabel(words: ExportWords, data: Pick<CpdExport, "filter">): string {
  const { from, to } = data.filter;
  if (!from && !to) return words.label("allDates");
  return words.each((language) => {
    const parts = [from ? fill(language.export.from, { from: language.day(from) }) : null, to ? fill(language.export.to, { to: language.day(to) }) : null];
    const text = parts.filter(Boolean).join(" ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/** "1.1 Value each person as an individual…" for each of an entry's standards, in the export's language where the wording is ours. */
export function standardLines(words: ExportWords, data: Pick<CpdExport, "profile">, codes: readonly string[]): string[] {
  return codes.map((code) => {
    const standard = standardOf(data.profile.standards, code);
    const text = words.each((language) => (language.locale === "cy" && standard?.textCy) || standard?.text || "");
    return `${code} ${text}`.trim();
  });
}
