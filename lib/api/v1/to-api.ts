import type { Audience, DeliveryLanguage, SessionFormat, SpeakerPart } from "../../generated/prisma/enums";
import { isoWithOffset } from "../../programme/event-time";
import type { Places } from "../../programme/places";
import { enumSlug } from "../../programme/vocabulary";
import type { ApiPlaces, ApiSession, ApiSessionDetail, ApiSpeaker, ApiTheme, ApiWeek } from "./api-schemas";

// From what the public pages load to what the API sends: plain functions, so
// the field-by-field mapping is tested without a server (to-api.test.ts).
// Only fields the public pages show go out; the loaders select no join link
// and nothing about the people booked (tests/integration/public-cache-data.test.ts).

/** Absolute addresses of the site's own pages, for `url` and `links`. */
export type SiteLinks = { siteUrl: string };

const localised = (en: string, cy: string | null | undefined) => ({ en, cy: cy ?? null });
const localisedOrNull = (en: string | null | undefined, cy: string | null | undefined) => (en ? localised(en, cy) : null);
/** A stored calendar date (midnight UTC in PostgreSQL's date type) as yyyy-MM-dd. */
const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

type WeekRow = {
  id: string;
  slug: string;
  title: string;
  titleCy: string | null;
  summary: string;
  summaryCy: string | null;
  startDate: Date;
  endDate: Date;
  timeZone: string;
  organiserName: string;
  organiserNameCy: string | null;
  audiences: Audience[];
};

export function toApiWeek(week: WeekRow, { siteUrl }: SiteLinks): ApiWeek {
  const api = `${siteUrl}/api/v1/weeks/${week.slug}`;
  return {
    id: week.id,
    slug: week.slug,
    title: localised(week.title, week.titleCy),
    summary: localised(week.summary, week.summaryCy),
    start_date: calendarDate(week.startDate),
    end_date: calendarDate(week.endDate),
    time_zone: week.timeZone,
    organiser: localised(week.organiserName, week.organiserNameCy),
    audiences: week.audiences.map(enumSlug),
    links: { html: `${siteUrl}/programme?week=${week.slug}`, sessions: `${api}/sessions`, themes: `${api}/themes` },
  };
}

type ThemeRow = { id: string; slug: string; name: string; nameCy: string | null; summary: string; summaryCy: string | null; colour: string };

export function toApiTheme(theme: ThemeRow, { siteUrl }: SiteLinks): ApiTheme {
  return {
    id: theme.id,
    slug: theme.slug,
    name: localised(theme.name, theme.nameCy),
    summary: localised(theme.summary, theme.summaryCy),
    colour: /^#[0-9a-f]{6}$/i.test(theme.colour) ? theme.colour.toLowerCase() : null,
    url: `${siteUrl}/themes/${theme.slug}`,
  };
}

export function toApiPlaces(places: Places, cancelled: boolean): ApiPlaces {
  // A cancelled session takes no bookings, whatever room it had.
  if (cancelled) return { status: "closed", left: null };
  return places.kind === "available" ? { status: "available", left: places.left } : { status: places.kind, left: null };
}

type SessionRow = {
  id: string;
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
  audiences: Audience[];
  cpdHours: number;
  cancelled: boolean;
  places: Places;
  event: { slug: string; timeZone: string };
  theme: { slug: string; name: string; nameCy: string | null } | null;
  speakers: Array<{ part: SpeakerPart; speaker: { slug: string; name: string; organisation: string | null } }>;
};

export function toApiSession(session: SessionRow, { siteUrl }: SiteLinks): ApiSession {
  const zone = session.event.timeZone;
  return {
    id: session.id,
    slug: session.slug,
    week: session.event.slug,
    title: localised(session.title, session.titleCy),
    summary: localised(session.summary, session.summaryCy),
    starts_at: isoWithOffset(session.startsAt, zone),
    ends_at: isoWithOffset(session.endsAt, zone),
    format: enumSlug(session.format),
    venue: localisedOrNull(session.venue, session.venueCy),
    language_of_delivery: enumSlug(session.deliveryLanguage),
    audiences: session.audiences.map(enumSlug),
    cpd_hours: session.cpdHours,
    status: session.cancelled ? "cancelled" : "scheduled",
    theme: session.theme ? { slug: session.theme.slug, name: localised(session.theme.name, session.theme.nameCy) } : null,
    speakers: session.speakers.map(({ part, speaker }) => ({
      slug: speaker.slug,
      name: speaker.name,
      organisation: speaker.organisation,
      part: enumSlug(part),
      url: `${siteUrl}/speakers/${speaker.slug}`,
    })),
    places: toApiPlaces(session.places, session.cancelled),
    url: `${siteUrl}/sessions/${session.slug}`,
  };
}

export function toApiSessionDetail(session: SessionRow & { description: string; descriptionCy: string | null }, links: SiteLinks): ApiSessionDetail {
  return { ...toApiSession(session, links), description: localised(session.description, session.descriptionCy) };
}

type SpeakerRow = { slug: string; name: string; role: string | null; roleCy: string | null; organisation: string | null; organisationCy: string | null };

export function toApiSpeaker(speaker: SpeakerRow, { siteUrl }: SiteLinks): ApiSpeaker {
  return {
    slug: speaker.slug,
    name: speaker.name,
    role: localisedOrNull(speaker.role, speaker.roleCy),
    organisation: localisedOrNull(speaker.organisation, speaker.organisationCy),
    url: `${siteUrl}/speakers/${speaker.slug}`,
  };
}
