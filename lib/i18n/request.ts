import { getRequestConfig } from "next-intl/server";
import { defaultLocale } from "./locales";
import { adminMessages } from "./messages/en-admin";
import cpdMessages from "./messages/cpd.en.json";
import certificatesMessages from "./messages/certificates.en.json";
import privacyMessages from "./messages/privacy.en.json";

// English only for now; the Welsh catalogue (cy.json) will be added beside
// en.json and chosen here from the visitor's preference. The admin area is
// for organisers and stays in English.
export default getRequestConfig(async () => {
  const locale = defaultLocale;
  const messages = (await import(`./messages/${locale}.json`)).default as Record<string, unknown>;
  return {
    locale,
    messages: { ...messages, cpd: cpdMessages, certificates: certificatesMessages, privacy: privacyMessages, admin: adminMessages },
    timeZone: "Europe/London",
  };
});
