import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { plainText, writtenIn } from "../../email/email-text";
import type { EmailMessage } from "../../email/send-email";
import { dateLocale, type AppLocale } from "../../i18n/locales";

/** To the colleague: who asks, and the link to the page where they confirm or decline (nothing of the entry itself). */
export function peerConfirmationEmail(input: {
  to: string;
  colleagueName: string;
  askedBy: string;
  url: (locale: AppLocale) => string;
  expiresAt: Date;
  locales: readonly AppLocale[];
}): EmailMessage {
  return {
    to: input.to,
    ...writtenIn(input.locales, (t, locale) => {
      const until = format(new TZDate(input.expiresAt, "Europe/London"), "d MMMM yyyy", { locale: dateLocale(locale) });
      return {
        subject: t("cpd.peer.email.subject", { askedBy: input.askedBy }),
        text: plainText([
          t("cpd.peer.email.greeting", { name: input.colleagueName }),
          t("cpd.peer.email.intro", { askedBy: input.askedBy }),
          // Each language's part links to the page in that language.
          [t("cpd.peer.email.action"), input.url(locale)],
          t("cpd.peer.email.expires", { date: until }),
          t("cpd.peer.email.notExpected", { askedBy: input.askedBy }),
          t("cpd.peer.email.signOff"),
        ]),
      };
    }),
  };
}
