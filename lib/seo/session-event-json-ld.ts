import type { EventAttendanceModeEnumeration, EventLeaf, ItemAvailability, PlaceLeaf, VirtualLocationLeaf, WithContext } from "schema-dts";
import type { DeliveryLanguage, SessionFormat } from "../generated/prisma/enums";
import { contentTextIn } from "../i18n/content";
import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";
import { isoWithOffset } from "../programme/event-time";
import type { Places } from "../programme/places";

// A session as schema.org's Event, for search engines (issue 16): the fields
// Google's event rich results read (developers.google.com/search/docs/
// appearance/structured-data/event, read 2026-12-07): name, startDate and
// location required; description, endDate, eventAttendanceMode, eventStatus,
// organizer, offers, performer, image recommended. Only public data: an online
// session's place is its page on this site, never its joining link.
//
// The result is typed with schema-dts (Google's TypeScript types generated
// from the schema.org vocabulary), so the compiler refuses a property, type or
// enumeration value schema.org does not have; session-event-json-ld.vocabulary.test.ts
// checks the same against the vocabulary itself, and Google's rules.

export type SessionForJsonLd = {
  slug: string;
  title: string;
  titleCy: string | null;
  summary: string;
  summaryCy: string | null;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  venue: string | null;
  venueCy: string | null;
  deliveryLanguage: DeliveryLanguage;
  cancelled: boolean;
  places: Places;
  event: { timeZone: string; organiserName: string; organiserNameCy: string | null };
  speakers: { speaker: { name: string } }[];
};

const ATTENDANCE_MODE: Record<SessionFormat, EventAttendanceModeEnumeration> = {
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
};

/** The languages a person can follow it in, the spoken one first (interpretation makes the other available too). */
const LANGUAGES: Record<DeliveryLanguage, string | string[]> = {
  ENGLISH: "en-GB",
  WELSH: "cy",
  BILINGUAL: ["cy", "en-GB"],
  ENGLISH_WITH_WELSH_INTERPRETATION: ["en-GB", "cy"],
  WELSH_WITH_ENGLISH_INTERPRETATION: ["cy", "en-GB"],
};

/** `image`: the absolute address of the session's share image (lib/seo/share-image.ts), 1200×630. */
export function sessionEventJsonLd(
  session: SessionForJsonLd,
  { siteUrl, locale, image }: { siteUrl: string; locale: AppLocale; image: string },
): WithContext<EventLeaf> {
  const url = `${siteUrl}${localisePath(`/sessions/${session.slug}`, locale)}`;
  const text = (en: string, cy: string | null) => contentTextIn(locale, en, cy);
  const venue = session.venue ? text(session.venue, session.venueCy) : null;
  const place: PlaceLeaf | null = venue ? { "@type": "Place", name: venue, address: venue } : null;
  const online: VirtualLocationLeaf = { "@type": "VirtualLocation", url };
  // Online: the session's page. In person: the venue. Both for a hybrid session.
  const location = session.format === "ONLINE" || !place ? online : session.format === "HYBRID" ? [place, online] : place;
  const availability: ItemAvailability =
    session.places.kind === "full"
      ? "https://schema.org/SoldOut"
      : session.places.kind === "unknown"
        ? "https://schema.org/LimitedAvailability"
        : "https://schema.org/InStock";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: text(session.title, session.titleCy),
    description: text(session.summary, session.summaryCy),
    url,
    image,
    startDate: isoWithOffset(session.startsAt, session.event.timeZone),
    endDate: isoWithOffset(session.endsAt, session.event.timeZone),
    eventAttendanceMode: ATTENDANCE_MODE[session.format],
    eventStatus: session.cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    location,
    inLanguage: LANGUAGES[session.deliveryLanguage],
    isAccessibleForFree: true,
    organizer: { "@type": "Organization", name: text(session.event.organiserName, session.event.organiserNameCy), url: siteUrl },
    offers: { "@type": "Offer", price: "0", priceCurrency: "GBP", availability, url },
    ...(session.speakers.length ? { performer: session.speakers.map(({ speaker }) => ({ "@type": "Person", name: speaker.name })) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text typed by an organiser can close the script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
