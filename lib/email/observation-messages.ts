import type { Prisma } from "../generated/prisma/client";
import { contentTextIn } from "../i18n/content";
import { dateLocale } from "../i18n/locales";
import { formatClock, formatLongDate } from "../programme/event-time";
import { correspondenceLocales, plainText, writtenIn } from "./email-text";
import type { EmailMessage } from "./send-email";

/** What the thank-you to a host shows: never the observer's reflection. */
export const observationForThanksSelect = {
  id: true,
  status: true,
  user: { select: { name: true, jobRole: true } },
  slot: {
    select: {
      startsAt: true,
      endsAt: true,
      opportunity: {
        select: {
          team: true,
          teamCy: true,
          activity: true,
          hostName: true,
          hostEmail: true,
          event: { select: { title: true, titleCy: true, timeZone: true, organiserName: true, organiserNameCy: true } },
        },
      },
    },
  },
} satisfies Prisma.ObservationBookingSelect;

export type ObservationForThanks = Prisma.ObservationBookingGetPayload<{ select: typeof observationForThanksSelect }>;

/**
 * Thanks the front-line host for having a senior leader with them. A week
 * with Welsh text writes in Welsh and English (Welsh first), as the host's
 * own choice is not known; otherwise in English.
 */
export function observationThanksEmail(booking: ObservationForThanks): EmailMessage {
  const { opportunity } = booking.slot;
  const { event } = opportunity;
  const locales = correspondenceLocales(event.titleCy ? "BILINGUAL" : "ENGLISH");
  return {
    to: opportunity.hostEmail,
    ...writtenIn(locales, (t, locale) => {
      const dates = dateLocale(locale);
      const observer = booking.user.jobRole ? `${booking.user.name} (${booking.user.jobRole})` : booking.user.name;
      return {
        subject: t("observations.thanksEmail.subject", { event: contentTextIn(locale, event.title, event.titleCy) }),
        text: plainText([
          t("observations.thanksEmail.greeting", { name: opportunity.hostName }),
          t("observations.thanksEmail.intro", {
            observer,
            activity: t(`observations.activities.${opportunity.activity}`),
            team: contentTextIn(locale, opportunity.team, opportunity.teamCy),
            date: formatLongDate(booking.slot.startsAt, event.timeZone, dates),
            time: formatClock(booking.slot.startsAt, event.timeZone, dates),
          }),
          t("observations.thanksEmail.why"),
          t("observations.thanksEmail.signOff", {
            event: contentTextIn(locale, event.title, event.titleCy),
            organiser: contentTextIn(locale, event.organiserName, event.organiserNameCy),
          }),
        ]),
      };
    }),
  };
}
