import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { plainText, writtenIn } from "../../email/email-text";
import type { EmailMessage } from "../../email/send-email";
import type { AppLocale } from "../../i18n/locales";
import { dateLocale } from "../../i18n/locales";

/**
 * The email inviting someone to be an organiser: a one-use link that only
 * whoever reads this mailbox can open, with the date it stops working. The
 * person has not chosen a language yet (they may have no account): it is
 * written in Welsh and English, Welsh first, unless their account says which.
 */
export function organiserInvitationEmail(input: {
  email: string;
  invitedBy: string;
  url: (locale: AppLocale) => string;
  expiresAt: Date;
  locales: readonly AppLocale[];
}): EmailMessage {
  return {
    to: input.email,
    ...writtenIn(input.locales, (t, locale) => {
      const at = new TZDate(input.expiresAt, "Europe/London");
      const expires = t("admin.organisers.email.expiresAt", { time: format(at, "HH:mm"), date: format(at, "d MMMM yyyy", { locale: dateLocale(locale) }) });
      return {
        subject: t("admin.organisers.email.subject"),
        text: plainText([
          t("admin.organisers.email.greeting"),
          t("admin.organisers.email.intro", { invitedBy: input.invitedBy }),
          // Each language's part links to the page in that language.
          [t("admin.organisers.email.accept", { email: input.email }), input.url(locale)],
          t("admin.organisers.email.expires", { expires }),
          t("admin.organisers.email.notExpected"),
          t("admin.organisers.email.signOff"),
        ]),
      };
    }),
  };
}
