import { createEvent, type EventAttributes } from "ics";
import type { Prisma } from "../generated/prisma/client";
import { contentTextIn } from "../i18n/content";
import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";

/** The session fields a calendar entry needs, for queries that build one. */
export const calendarSessionSelect = {
  id: true,
  slug: true,
  title: true,
  titleCy: true,
  summary: true,
  summaryCy: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  venueCy: true,
  format: true,
  status: true,
  updatedAt: true,
  event: { select: { title: true, titleCy: true, organiserName: true, organiserNameCy: true } },
} satisfies Prisma.SessionSelect;

export type CalendarSession = {
  id: string;
  slug: string;
  title: string;
  titleCy?: string | null;
  summary: string;
  summaryCy?: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  venueCy?: string | null;
  format: "ONLINE" | "IN_PERSON" | "HYBRID";
  cancelled: boolean;
  updatedAt: Date;
  event: { title: string; titleCy?: string | null; organiserName: string; organiserNameCy?: string | null };
};

// The ics library escapes TEXT values (backslash, comma, semicolon, "\n")
// but not a lone CR or other control characters, and writes parameter values
// (ORGANIZER;CN="…") with only the quotes escaped, the wrong way. Text typed
// by people reaches here, so it is made safe for each place first.

/** A TEXT value: line breaks as "\n" (the library escapes them), every other control character dropped. */
function icsText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, "");
}

/** A quoted parameter value (RFC 6868): ^ as ^^, a line break as ^n, a double quote as ^'; other controls dropped. */
export function icsParameterValue(value: string): string {
  return icsText(value).replace(/\^/g, "^^").replace(/\n/g, "^n").replace(/"/g, "^'");
}

/**
 * A TEXT value the library writes as it is given (a CATEGORIES item, which it
 * joins with commas; the calendar's X-WR-CALNAME, where it escapes only line
 * breaks): escaped here as RFC 5545 3.3.11 says.
 */
export function icsEscapedText(value: string): string {
  return icsText(value)
    .replace(/\\/g, "\\\\")
    .replace(/[,;]/g, (mark) => `\\${mark}`)
    .replace(/\n/g, "\\n");
}

/**
 * SEQUENCE must grow every time organisers change an entry (RFC 5545 3.8.7.4),
 * so that calendar apps replace what they hold rather than keep the older
 * version. Every change to a session's row sets its updatedAt (Prisma's
 * @updatedAt), so the whole seconds from a fixed epoch to updatedAt grow with
 * every change without a counter of our own to keep. RFC 5545's INTEGER (and
 * the ics library, which checks it) stops at 2^31 - 1: seconds since
 * 2024-01-01 reach that in 2092. Two changes within one second share a
 * number; a time before the epoch (none exist) would be 0.
 */
export const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

export function icsSequence(updatedAt: Date): number {
  return Math.min(2_147_483_647, Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 1000)));
}

function utcParts(date: Date): [number, number, number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/**
 * An iCalendar file for one session, its text in `locale` (Welsh where the
 * organisers wrote it, else English). Times are written in UTC so every
 * calendar app places them correctly whatever its own zone. The UID is stable
 * so a later download (or a cancellation) updates the same calendar entry,
 * in whichever language.
 */
export function buildSessionCalendar(session: CalendarSession, siteUrl: string, host: string, locale: AppLocale): string {
  const { error, value } = createEvent(calendarEventAttributes(session, siteUrl, host, locale));
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? "no output"}`);
  return value;
}

/**
 * One session as an iCalendar event, shared by single downloads, emails, the
 * personal feed and the week's and themes' feeds (programme-calendar.ts): the
 * same UID and SEQUENCE everywhere, so a calendar app that already holds the
 * session from one of them recognises it in another.
 */
export function calendarEventAttributes(session: CalendarSession, siteUrl: string, host: string, locale: AppLocale): EventAttributes {
  const url = `${siteUrl}${localisePath(`/sessions/${session.slug}`, locale)}`;
  return {
    uid: `session-${session.id}@${host}`,
    title: icsText(contentTextIn(locale, session.title, session.titleCy)),
    description: icsText(`${contentTextIn(locale, session.summary, session.summaryCy)}\n\n${url}`),
    start: utcParts(session.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(session.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    url,
    location: session.venue ? icsText(contentTextIn(locale, session.venue, session.venueCy)) : undefined,
    status: session.cancelled ? "CANCELLED" : "CONFIRMED",
    organizer: { name: icsParameterValue(contentTextIn(locale, session.event.organiserName, session.event.organiserNameCy)) },
    categories: [icsEscapedText(contentTextIn(locale, session.event.title, session.event.titleCy))],
    productId: "cpd-week/ics",
    lastModified: utcParts(session.updatedAt),
    sequence: icsSequence(session.updatedAt),
  };
}
