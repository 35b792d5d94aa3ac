import { createEvents } from "ics";
import type { AppLocale } from "../i18n/locales";
import type { WeekScheduleSession } from "./list-week-schedule-sessions";
import { calendarEventAttributes, icsEscapedText, type CalendarSession } from "./session-calendar";

// The calendar feeds anyone can subscribe to: a whole week, or one theme of it
// (/weeks/<slug>/calendar.ics, /themes/<slug>/calendar.ics). A calendar app
// polls the address and makes its copy match the file, so:
// - each session keeps the UID of its single download (session-<id>@host):
//   someone who added it from its page and also subscribes sees it updated,
//   not doubled, wherever the app keeps both;
// - SEQUENCE grows with every change an organiser makes (session-calendar.ts);
// - cancelled sessions stay in the feed with STATUS:CANCELLED, so apps strike
//   them out or remove them, rather than keep a session that silently
//   vanished (an unlisted or deleted one simply leaves the feed);
// - the feed says how often to look again (REFRESH-INTERVAL, RFC 7986, and
//   X-PUBLISHED-TTL, which Outlook and older apps read and the library writes).

/** How often a subscribed app should fetch the feed again. */
export const FEED_REFRESH_INTERVAL = "PT1H";

export type FeedWeek = CalendarSession["event"];

export type ProgrammeCalendarInput = {
  /** The calendar's name in the subscriber's list, in the feed's language. */
  name: string;
  week: FeedWeek;
  sessions: WeekScheduleSession[];
  siteUrl: string;
  host: string;
  locale: AppLocale;
};

/** Calendar properties the library does not write, put after its own (before the first event). */
function withCalendarProperties(ics: string, properties: string[]): string {
  const at = ics.search(/\r\n(BEGIN:VEVENT|END:VCALENDAR)\r\n/);
  if (at === -1) throw new Error("Could not build the calendar: no end of its header");
  return `${ics.slice(0, at + 2)}${properties.map((line) => `${line}\r\n`).join("")}${ics.slice(at + 2)}`;
}

export function buildProgrammeCalendar({ name, week, sessions, siteUrl, host, locale }: ProgrammeCalendarInput): string {
  // DTSTAMP is the session's last change (RFC 5545 3.8.7.2, for a calendar
  // without METHOD), not the moment of the request: the feed's bytes, and so
  // its ETag, then change only when the programme does, and a polling
  // calendar app gets a 304.
  const events = sessions.map((session) => ({
    ...calendarEventAttributes({ ...session, cancelled: session.status === "CANCELLED", event: week }, siteUrl, host, locale),
    timestamp: session.updatedAt.getTime(),
  }));
  const { error, value } = createEvents(events, { calName: icsEscapedText(name), productId: "cpd-week/ics" });
  if (error || value == null) throw new Error(`Could not build the calendar: ${error?.message ?? "no output"}`);
  return withCalendarProperties(value, [`REFRESH-INTERVAL;VALUE=DURATION:${FEED_REFRESH_INTERVAL}`]);
}
