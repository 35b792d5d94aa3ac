import type { Prisma } from "../generated/prisma/client";
import type { ResourceKind } from "../generated/prisma/enums";
import { contentTextIn } from "../i18n/content";
import { dateLocale } from "../i18n/locales";
import { formatLongDate } from "../programme/event-time";
import { correspondenceLocales, plainText, writtenIn } from "./email-text";
import { pageUrl } from "./registration-messages";
import type { EmailMessage } from "./send-email";

export const registrationForFollowUpSelect = {
  id: true,
  status: true,
  attendance: true,
  followUpSentAt: true,
  userId: true,
  user: { select: { email: true, name: true, language: true } },
  feedback: { select: { id: true } },
  cpdEntry: { select: { id: true } },
  session: {
    select: {
      id: true,
      slug: true,
      title: true,
      titleCy: true,
      startsAt: true,
      endsAt: true,
      event: { select: { title: true, titleCy: true, timeZone: true, organiserName: true, organiserNameCy: true } },
    },
  },
} satisfies Prisma.RegistrationSelect;

export type RegistrationForFollowUp = Prisma.RegistrationGetPayload<{ select: typeof registrationForFollowUpSelect }>;

/** A link the person may follow from the follow-up: a resource of the session they may see (lib/resources). */
export type FollowUpResource = { kind: ResourceKind; title: string; titleCy: string | null; url: string };

/**
 * After a session: thanks, the feedback form (unless given), logging the CPD
 * (unless logged), and the session's slides, recordings and reading the
 * person may see, in the language(s) they chose.
 */
export function followUpEmail(registration: RegistrationForFollowUp, siteUrl: string, resources: FollowUpResource[] = []): EmailMessage {
  const { session, user } = registration;
  const text = writtenIn(correspondenceLocales(user.language), (t, locale) => {
    const title = contentTextIn(locale, session.title, session.titleCy);
    return {
      subject: t("feedback.email.subject", { session: title }),
      text: plainText([
        t("feedback.email.greeting", { name: user.name }),
        t("feedback.email.thanks", { session: title, date: formatLongDate(session.startsAt, session.event.timeZone, dateLocale(locale)) }),
        registration.feedback ? null : t("feedback.email.feedback", { url: pageUrl(siteUrl, `/account/feedback/${registration.id}`, locale) }),
        registration.cpdEntry ? null : t("feedback.email.logCpd", { url: pageUrl(siteUrl, `/account/cpd/sessions/${registration.id}`, locale) }),
        resources.length > 0
          ? [
              t("feedback.email.resources"),
              ...resources.map(
                (resource) => `- ${t(`resources.kinds.${resource.kind}`)}: ${contentTextIn(locale, resource.title, resource.titleCy)}: ${resource.url}`,
              ),
            ]
          : null,
        t("feedback.email.signOff", { organiser: contentTextIn(locale, session.event.organiserName, session.event.organiserNameCy) }),
      ]),
    };
  });
  return { to: user.email, ...text, key: `follow-up-${registration.id}` };
}
