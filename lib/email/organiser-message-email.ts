import type { Prisma } from "../generated/prisma/client";
import { contentTextIn } from "../i18n/content";
import { dateLocale, type AppLocale } from "../i18n/locales";
import { formatLongDate } from "../programme/event-time";
import { correspondenceLocales, plainText, writtenIn } from "./email-text";
import { pageUrl } from "./registration-messages";
import type { EmailMessage } from "./send-email";

/** One person's copy of an organiser's message: who they are, and what was written. */
export const messageRecipientForEmailSelect = {
  id: true,
  status: true,
  user: { select: { email: true, name: true, language: true } },
  message: {
    select: {
      audience: true,
      subject: true,
      body: true,
      subjectCy: true,
      bodyCy: true,
      status: true,
      event: { select: { title: true, titleCy: true, timeZone: true, organiserName: true, organiserNameCy: true } },
      session: { select: { title: true, titleCy: true, slug: true, startsAt: true } },
    },
  },
} satisfies Prisma.MessageRecipientSelect;

export type MessageRecipientForEmail = Prisma.MessageRecipientGetPayload<{ select: typeof messageRecipientForEmailSelect }>;

/**
 * The email of an organiser's message, in the reader's language(s): the
 * organiser's text as they typed it (plain text: nothing in it is
 * interpreted), then a short note of who sent it and why this person has it.
 * Without a Welsh version, the organiser confirmed sending it in English: a
 * reader of Welsh gets the English with a note in Welsh saying so.
 */
export function organiserMessageEmail(recipient: MessageRecipientForEmail, siteUrl: string): EmailMessage {
  const { message, user } = recipient;
  const hasWelsh = Boolean(message.subjectCy && message.bodyCy);
  const chosen = correspondenceLocales(user.language);
  const locales: AppLocale[] = hasWelsh ? chosen : ["en"];
  const readsWelsh = chosen.includes("cy");
  const written = writtenIn(locales, (t, locale) => {
    const welsh = locale === "cy";
    const about = message.session
      ? t("organiserMessages.email.aboutSession", {
          session: contentTextIn(locale, message.session.title, message.session.titleCy),
          date: formatLongDate(message.session.startsAt, message.event.timeZone, dateLocale(locale)),
          event: contentTextIn(locale, message.event.title, message.event.titleCy),
        })
      : t("organiserMessages.email.aboutWeek", { event: contentTextIn(locale, message.event.title, message.event.titleCy) });
    return {
      subject: welsh ? message.subjectCy! : message.subject,
      text: plainText([
        welsh ? message.bodyCy! : message.body,
        "—",
        [
          t("organiserMessages.email.from", { organiser: contentTextIn(locale, message.event.organiserName, message.event.organiserNameCy) }) + " " + about,
          t(`organiserMessages.email.why.${message.audience}`),
        ],
        t("organiserMessages.email.onAccount", { url: pageUrl(siteUrl, "/account/messages", locale) }),
      ]),
    };
  });
  if (!hasWelsh && readsWelsh) {
    const note = writtenIn(["cy"], (t) => ({ subject: "", text: t("organiserMessages.email.englishOnly") }));
    return { to: user.email, subject: written.subject, text: note.text + "\n" + written.text, key: recipient.id };
  }
  return { to: user.email, ...written, key: recipient.id };
}
