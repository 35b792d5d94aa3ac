import type { Prisma } from "../generated/prisma/client";
import { bookingRuleSelect, effectiveBookingRule } from "../registration/booking-rule";
import { sessionCpdHours } from "./cpd-hours";
import type { Places } from "./places";

// What a listing needs to show a session (programme, theme, speaker pages):
// loaded with a fixed number of queries however many sessions there are.
// Places left are not part of it: listings are cached and shared between
// visitors until an organiser changes the programme, while places change with
// every booking, so they come from a query of their own on each request
// (confirmed-counts.ts).
export const sessionSummarySelect = {
  id: true,
  slug: true,
  title: true,
  titleCy: true,
  summary: true,
  summaryCy: true,
  startsAt: true,
  endsAt: true,
  format: true,
  venue: true,
  venueCy: true,
  deliveryLanguage: true,
  capacity: true,
  cpdHours: true,
  audiences: true,
  status: true,
  featured: true,
  accessProvided: true,
  ...bookingRuleSelect,
  event: { select: { slug: true, timeZone: true, ...bookingRuleSelect } },
  theme: { select: { slug: true, name: true, nameCy: true, colour: true } },
  speakers: {
    orderBy: { position: "asc" },
    select: { part: true, speaker: { select: { slug: true, name: true, organisation: true } } },
  },
} satisfies Prisma.SessionSelect;

type SessionSummaryRow = Prisma.SessionGetPayload<{ select: typeof sessionSummarySelect }>;

export function toSessionSummary(row: SessionSummaryRow) {
  const { cpdHours, bookingRule, bookingDomains, bookingAudience, bookingAudienceCy, ...rest } = row;
  return {
    ...rest,
    bookingRule: effectiveBookingRule({ bookingRule, bookingDomains, bookingAudience, bookingAudienceCy, event: row.event }),
    cpdHours: sessionCpdHours({ cpdHours, startsAt: row.startsAt, endsAt: row.endsAt }),
    cancelled: row.status === "CANCELLED",
  };
}

/** A session as listed, before places left are added. */
export type ListedSession = ReturnType<typeof toSessionSummary>;
/** A session as a listing shows it, places left included. */
export type SessionSummary = ListedSession & { places: Places };
