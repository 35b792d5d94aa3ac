import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { contentTextIn } from "../i18n/content";
import type { AppLocale } from "../i18n/locales";
import type { PrismaClient } from "../prisma-client";

// Observing practice counts as CPD. Social Care Wales lists "shadowing a
// colleague in a related team, service or profession" among its examples of
// CPD (https://socialcare.wales/registration/continuing-professional-development-cpd);
// Social Work England's advice for social workers not in direct practice
// (senior managers among them) asks them to reflect on how their work affects
// social work practice (https://www.socialworkengland.org.uk/cpd/cpd-advice-for-social-workers-not-in-direct-practice/).
// Both checked on 7 December 2026 through the search tool's stored copies.

/**
 * A practice observation of the caller's, ready to log as CPD: its title,
 * day (in the week's time zone) and hours (the slot's length, in quarter
 * hours), or null when it is not theirs, has not started, or is logged.
 */
export async function getObservationForCpd(db: PrismaClient, userId: string, bookingId: unknown, locale: AppLocale, now: Date = new Date()) {
  if (typeof bookingId !== "string" || !/^[a-z0-9]{1,64}$/i.test(bookingId)) return null;
  const booking = await db.observationBooking.findFirst({
    where: { id: bookingId, userId, status: "BOOKED", cpdEntry: null, slot: { startsAt: { lte: now } } },
    select: {
      id: true,
      slot: { select: { startsAt: true, endsAt: true, opportunity: { select: { team: true, teamCy: true, event: { select: { timeZone: true } } } } } },
    },
  });
  if (!booking) return null;
  const { slot } = booking;
  const quarters = Math.max(1, Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / (15 * 60_000)));
  return {
    id: booking.id,
    team: contentTextIn(locale, slot.opportunity.team, slot.opportunity.teamCy),
    activityDate: format(new TZDate(slot.startsAt, slot.opportunity.event.timeZone), "yyyy-MM-dd"),
    hours: String(Math.min(quarters / 4, 24)),
  };
}
