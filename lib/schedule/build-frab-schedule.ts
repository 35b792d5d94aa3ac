import { createHash } from "node:crypto";
import { v5 as uuidV5 } from "uuid";
import type { DeliveryLanguage } from "../generated/prisma/enums";
import { translatorFor } from "../i18n/catalogue";
import { contentTextIn } from "../i18n/content";
import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";
import { eventDayKeys, localDayBounds } from "../programme/event-time";
import type { WeekScheduleSession } from "../programme/list-week-schedule-sessions";
import { scheduleText } from "./schedule-text";
import { zonedClock, type ZonedClock } from "./zoned-clock";

// A week's programme in the Frab schedule format, which pretalx and frab
// publish and conference apps (Giggity, ConfClerk, EventFahrplan) read: the
// conference, its days, the rooms of each day and the events in each room.
// Built once here, in the language asked for, then written as XML
// (frab-schedule-xml.ts) and as JSON (frab-schedule-json.ts), so both files
// always say the same. What each must look like: frab-schedule-schema.ts.
//
// Public data only: listed sessions of a published week, their theme and
// their speakers' names. Cancelled sessions are left out. Frab has no status
// for an event: an app shows whatever the file lists as happening, and learns
// of a cancellation by the event disappearing from a newer version of the
// file (EventFahrplan lists such events as cancelled in its "schedule
// changes"). pretalx and frab publish only what will take place, too. The
// calendar feeds, whose format has a status, keep cancelled sessions marked
// instead.

export type FrabWeek = {
  slug: string;
  title: string;
  titleCy: string | null;
  summary: string;
  summaryCy: string | null;
  /** First and last day, as calendar dates (UTC midnight). */
  startDate: Date;
  endDate: Date;
  timeZone: string;
};

export type FrabTheme = { id: string; name: string; nameCy: string | null; colour: string };

export type FrabPerson = { guid: string; name: string };

export type FrabEvent = {
  id: number;
  guid: string;
  /** The start, ISO 8601 with the week's offset at that moment. */
  date: string;
  /** HH:MM on the wall clock of the week's time zone. */
  start: string;
  /** HH:MM. */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  /** The theme's name, or null for a session without one. */
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: FrabPerson[];
  links: never[];
};

export type FrabRoom = { guid: string; name: string };

export type FrabDay = {
  index: number;
  date: string;
  /** Local midnight and the last second of the day, with the offset in force at each (they differ on a clock-change day). */
  start: string;
  end: string;
  rooms: { name: string; events: FrabEvent[] }[];
};

export type FrabSchedule = {
  /** Changes whenever anything in the file changes, so apps know to reload (a hash of the content). */
  version: string;
  baseUrl: string;
  conference: {
    acronym: string;
    title: string;
    description: string;
    start: string;
    end: string;
    daysCount: number;
    timeslotDuration: string;
    timeZoneName: string | null;
    url: string;
    tracks: { name: string; color: string }[];
    rooms: FrabRoom[];
  };
  days: FrabDay[];
};

/** The namespace of every UUID v5 in the schedule files: fixed, so guids never change. */
export const FRAB_UUID_NAMESPACE = "24d4182b-b75c-4b15-8da1-f51d454d8496";

// Worked out once per record and process: a large week has thousands, and
// each is a SHA-1. Never stale, since a guid depends on nothing but the id.
const guids = new Map<string, string>();

/** A stable UUID for a record: the same id gives the same guid in every file and language. */
export function frabGuid(kind: "session" | "speaker" | "room", id: string): string {
  const name = `${kind}:${id}`;
  let guid = guids.get(name);
  if (!guid) {
    guid = uuidV5(name, FRAB_UUID_NAMESPACE);
    if (guids.size >= 100_000) guids.clear();
    guids.set(name, guid);
  }
  return guid;
}

/**
 * The published JSON schema wants an acronym matching
 * ^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$: after its first character no
 * hyphen, except in a "-2025-winter" suffix. Our week slugs are words joined
 * by hyphens ("social-work-week-2025"), so each hyphen (and anything else
 * outside a-z, 0-9 and _) becomes "_", and a short slug is padded to four.
 */
export function frabAcronym(weekSlug: string): string {
  return weekSlug
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .padEnd(4, "_");
}

/**
 * Frab's language is free text that apps show as it is or read as a code
 * (pretalx writes one code: "en"). A session in two languages is written as
 * HTTP's Content-Language writes a list, codes joined by ", ", the language
 * spoken in the room first: an app that reads one code gets the spoken
 * language, and a person reading "cy, en" sees both. Bilingual sessions put
 * Welsh first, as the site's bilingual text does; with simultaneous
 * interpretation the other language can be followed too, so it comes second.
 */
export const FRAB_LANGUAGE: Record<DeliveryLanguage, string> = {
  ENGLISH: "en",
  WELSH: "cy",
  BILINGUAL: "cy, en",
  ENGLISH_WITH_WELSH_INTERPRETATION: "en, cy",
  WELSH_WITH_ENGLISH_INTERPRETATION: "cy, en",
};

/** The published JSON schema's pattern for time_zone_name, as it is written there (only its first branch anchored at the start). */
const TIME_ZONE_NAME = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

const two = (value: number) => String(value).padStart(2, "0");

/** HH:MM for a length of time (Frab's duration), minutes rounded. */
export function frabDuration(startsAt: Date, endsAt: Date): string {
  const minutes = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** The part of an event's slug after its acronym and number: the session's slug as Frab allows it. */
function slugPart(slug: string): string {
  return slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A room, and where it goes in the list: venues (0) by name, a venue to be confirmed (1), online rooms by theme (2), online without a theme (3). */
type RoomChoice = { key: string; name: string; group: number; order: number | string };

export type BuildFrabScheduleInput = {
  week: FrabWeek;
  /** The week's themes in the organisers' order (its tracks). */
  themes: FrabTheme[];
  sessions: WeekScheduleSession[];
  locale: AppLocale;
  siteUrl: string;
};

export function buildFrabSchedule({ week, themes, sessions, locale, siteUrl }: BuildFrabScheduleInput): FrabSchedule {
  const t = translatorFor(locale);
  const text = (english: string, welsh: string | null | undefined) => scheduleText(contentTextIn(locale, english, welsh)).trim();
  const link = (path: string) => `${siteUrl}${localisePath(path, locale)}`;
  const acronym = frabAcronym(week.slug);
  const themeOrder = new Map(themes.map((theme, index) => [theme.id, index]));
  const taking = sessions.filter((session) => session.status === "PUBLISHED");

  // Rooms. In person and hybrid: the venue, by its English name (the same
  // room in both languages). Online: one virtual room per theme, so that a
  // theme's online sessions sit in one column of an app's grid.
  const roomOf = (session: WeekScheduleSession): RoomChoice => {
    if (session.format === "ONLINE") {
      if (!session.theme) return { key: "online", name: t("schedule.onlineRoom"), group: 3, order: 0 };
      const theme = text(session.theme.name, session.theme.nameCy);
      return {
        key: `online:${session.theme.id}`,
        name: t("schedule.onlineRoomForTheme", { theme }),
        group: 2,
        order: themeOrder.get(session.theme.id) ?? themes.length,
      };
    }
    const venue = session.venue?.trim() ? text(session.venue, session.venueCy) : "";
    if (!venue) return { key: "venue", name: t("schedule.venueToBeConfirmed"), group: 1, order: 0 };
    return { key: `venue:${scheduleText(session.venue ?? "").trim()}`, name: venue, group: 0, order: venue };
  };
  const choices = new Map<string, RoomChoice>();
  const roomKeyOf = new Map<string, string>();
  for (const session of taking) {
    const room = roomOf(session);
    if (!choices.has(room.key)) choices.set(room.key, room);
    roomKeyOf.set(session.id, room.key);
  }
  const ordered = [...choices.values()].sort((a, b) =>
    a.group !== b.group
      ? a.group - b.group
      : typeof a.order === "number" && typeof b.order === "number"
        ? a.order - b.order
        : String(a.order).localeCompare(String(b.order), locale),
  );
  // Two rooms may not share a name (the JSON keys each day's rooms by name).
  const roomName = new Map<string, string>();
  const taken = new Set<string>();
  for (const room of ordered) {
    let name = room.name;
    for (let copy = 2; taken.has(name); copy++) name = `${room.name} (${copy})`;
    taken.add(name);
    roomName.set(room.key, name);
  }
  const rooms: FrabRoom[] = ordered.map((room) => ({ guid: frabGuid("room", `${week.slug}:${room.key}`), name: roomName.get(room.key)! }));

  // Days: every day of the week, and any day a session starts on outside it,
  // numbered from 1 without gaps.
  const startOf = new Map<string, ZonedClock>();
  const byDay = new Map<string, WeekScheduleSession[]>();
  for (const session of taking) {
    const start = zonedClock(session.startsAt, week.timeZone);
    startOf.set(session.id, start);
    const list = byDay.get(start.day);
    if (list) list.push(session);
    else byDay.set(start.day, [session]);
  }
  const allKeys = [...eventDayKeys(week.startDate, week.endDate), ...byDay.keys()].sort();
  const first = allKeys[0] ?? week.startDate.toISOString().slice(0, 10);
  const last = allKeys[allKeys.length - 1] ?? first;
  const dayKeys = eventDayKeys(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));

  const toEvent = (session: WeekScheduleSession): FrabEvent => {
    const part = slugPart(session.slug);
    const start = startOf.get(session.id)!;
    return {
      id: session.number,
      guid: frabGuid("session", session.id),
      date: start.iso,
      start: start.clock,
      duration: frabDuration(session.startsAt, session.endsAt),
      room: roomName.get(roomKeyOf.get(session.id)!)!,
      slug: part ? `${acronym}-${session.number}-${part}` : `${acronym}-${session.number}`,
      url: link(`/sessions/${session.slug}`),
      title: text(session.title, session.titleCy),
      subtitle: "",
      track: session.theme ? text(session.theme.name, session.theme.nameCy) : null,
      type: t(`formats.${session.format}`),
      language: FRAB_LANGUAGE[session.deliveryLanguage],
      abstract: text(session.summary, session.summaryCy),
      description: text(session.description, session.descriptionCy),
      persons: session.speakers.map(({ speaker }) => ({ guid: frabGuid("speaker", speaker.id), name: scheduleText(speaker.name).trim() })),
      links: [],
    };
  };

  const days: FrabDay[] = dayKeys.map((date, index) => {
    const { start, end } = localDayBounds(date, week.timeZone);
    const inRoom = new Map<string, FrabEvent[]>(rooms.map((room) => [room.name, []]));
    for (const session of byDay.get(date) ?? []) inRoom.get(roomName.get(roomKeyOf.get(session.id)!)!)!.push(toEvent(session));
    return {
      index: index + 1,
      date,
      start: zonedClock(start, week.timeZone).iso,
      end: zonedClock(new Date(end.getTime() - 1000), week.timeZone).iso,
      // Every room on every day, as pretalx does, so an app's columns stay put from day to day.
      rooms: rooms.map((room) => ({ name: room.name, events: inRoom.get(room.name)! })),
    };
  });

  const conference: FrabSchedule["conference"] = {
    acronym,
    title: text(week.title, week.titleCy),
    description: text(week.summary, week.summaryCy),
    start: first,
    end: last,
    daysCount: days.length,
    // The grid apps draw; sessions here start on any minute, and five is pretalx's default.
    timeslotDuration: "00:05",
    timeZoneName: TIME_ZONE_NAME.test(week.timeZone) ? week.timeZone : null,
    url: link(`/programme?week=${encodeURIComponent(week.slug)}`),
    tracks: themes.map((theme) => ({ name: text(theme.name, theme.nameCy), color: theme.colour })),
    rooms,
  };
  const version = createHash("sha256").update(JSON.stringify({ locale, conference, days })).digest("hex").slice(0, 16);
  return { version, baseUrl: `${siteUrl}/`, conference, days };
}
