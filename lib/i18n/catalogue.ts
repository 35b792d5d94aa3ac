import { createTranslator } from "next-intl";
import type { AppLocale } from "./locales";
import certificatesCy from "./messages/certificates.cy.json";
import certificatesEn from "./messages/certificates.en.json";
import cpdCy from "./messages/cpd.cy.json";
import cpdEn from "./messages/cpd.en.json";
import { adminMessages as adminCy } from "./messages/cy-admin";
import cy from "./messages/cy.json";
import developersCy from "./messages/developers.cy.json";
import developersEn from "./messages/developers.en.json";
import embedCy from "./messages/embed.cy.json";
import embedEn from "./messages/embed.en.json";
import { adminMessages as adminEn } from "./messages/en-admin";
import en from "./messages/en.json";
import feedbackCy from "./messages/feedback.cy.json";
import feedbackEn from "./messages/feedback.en.json";
import observationsCy from "./messages/observations.cy.json";
import observationsEn from "./messages/observations.en.json";
import organiserMessagesCy from "./messages/organiser-messages.cy.json";
import organiserMessagesEn from "./messages/organiser-messages.en.json";
import privacyCy from "./messages/privacy.cy.json";
import privacyEn from "./messages/privacy.en.json";
import resourcesCy from "./messages/resources.cy.json";
import resourcesEn from "./messages/resources.en.json";

// The whole catalogue of each language, as the pages, emails, calendar files,
// PDFs and CSV exports read it. English and Welsh have the same keys, the
// same placeholders and the same selects (catalogue-parity.test.ts).

const english = {
  ...en,
  cpd: cpdEn,
  certificates: certificatesEn,
  privacy: privacyEn,
  admin: adminEn,
  observations: observationsEn,
  organiserMessages: organiserMessagesEn,
  feedback: feedbackEn,
  resources: resourcesEn,
  developers: developersEn,
  embed: embedEn,
};
export type Messages = typeof english;

const catalogues: Record<AppLocale, Messages> = {
  en: english,
  cy: {
    ...cy,
    cpd: cpdCy,
    certificates: certificatesCy,
    privacy: privacyCy,
    admin: adminCy,
    observations: observationsCy,
    organiserMessages: organiserMessagesCy,
    feedback: feedbackCy,
    resources: resourcesCy,
    developers: developersCy,
    embed: embedCy,
  } as Messages,
};

export function messagesFor(locale: AppLocale): Messages {
  return catalogues[locale];
}

const createTranslatorFor = (locale: AppLocale) => createTranslator({ locale, messages: catalogues[locale] });

export type Translate = ReturnType<typeof createTranslatorFor>;

// One translator per language for the process: each keeps the messages it
// has compiled, and compiling (parsing ICU, resolving the locale) was most of
// the cost of writing an email.
const translators = new Map<AppLocale, Translate>();

/** A translator outside React (emails, calendar files, PDFs, CSV), over the same catalogue as the pages. */
export function translatorFor(locale: AppLocale): Translate {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslatorFor(locale);
    translators.set(locale, translator);
  }
  return translator;
}
