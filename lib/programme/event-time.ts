import { TZDate } from "@date-fns/tz";
import { addDays, differenceInMinutes, format, type Locale } from "date-fns";

// Sessions are stored in UTC; people read them in the event's time zone
// (Europe/London by default), including across the change to summer time.
// Every function that writes words takes the date-fns locale of the page (or
// of the email's reader): there is no default, so no Welsh page can show an
// English date by omission (lib/i18n/locales.ts dateLocale).

/** date-fns's Welsh writes "dydd Mawrth"; a date that starts a heading or a line starts with a capital. */
function startOfLine(text: string, locale: Locale): string {
  return locale.code === "cy" ? text.charAt(0).toLocaleUpperCase("cy") + text.slice(1) : text;
}

/** An instant as ISO 8601 with the offset of the week's time zone, written out even when it is zero: 2025-03-18T10:00:00+00:00. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The calendar day (yyyy-MM-dd) on which an instant falls in a time zone. */
export function localDayKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd");
}

/** The UTC instants at which a local calendar day starts and ends in a time zone. */
export function localDayBounds(dayKey: string, timeZone: string): { start: Date; end: Date } {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  const start = new TZDate(year, month - 1, day, 0, 0, 0, timeZone);
  const end = new TZDate(year, month - 1, day + 1, 0, 0, 0, timeZone);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** Every day of an event, as yyyy-MM-dd keys, from its first to its last date. */
export function eventDayKeys(startDate: Date, endDate: Date): string[] {
  const keys: string[] = [];
  // Event dates are stored as calendar dates (UTC midnight), so plain UTC arithmetic is exact.
  for (let day = startDate; day <= endDate; day = addDays(day, 1)) {
    keys.push(day.toISOString().slice(0, 10));
  }
  return keys;
}

/** "Tuesday 18 March 2025", "Dydd Mawrth 18 Mawrth 2025". */
export function formatDayHeading(dayKey: string, locale: Locale): string {
  return startOfLine(format(new Date(`${dayKey}T12:00:00Z`), "EEEE d MMMM yyyy", { locale }), locale);
}

/** "Tue 18 Mar", "Maw 18 Maw". */
export function formatShortDay(dayKey: string, locale: Locale): string {
  return format(new Date(`${dayKey}T12:00:00Z`), "EEE d MMM", { locale });
}

export function formatClock(instant: Date, timeZone: string, locale: Locale): string {
  return format(new TZDate(instant, timeZone), "HH:mm", { locale });
}

export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string, locale: Locale): string {
  return `${formatClock(startsAt, timeZone, locale)}–${formatClock(endsAt, timeZone, locale)}`;
}

/** "Tuesday 18 March 2025" ("Dydd Mawrth 18 Mawrth 2025") for an instant, in the event's time zone. */
export function formatLongDate(instant: Date, timeZone: string, locale: Locale): string {
  return startOfLine(format(new TZDate(instant, timeZone), "EEEE d MMMM yyyy", { locale }), locale);
}

// Building an Intl.DateTimeFormat costs far more than using one (it was a
// tenth of the job worker's time per email): one per time zone, kept.
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

function zoneNameFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneNameFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" });
    zoneNameFormats.set(timeZone, format);
  }
  return format;
}

/** "GMT" or "BST" for Europe/London at that instant; other zones get their short name. */
export function timeZoneAbbreviation(instant: Date, timeZone: string): string {
  const parts = zoneNameFormat(timeZone).formatToParts(instant);
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  if (timeZone === "Europe/London") return name === "GMT+1" || name === "BST" ? "BST" : "GMT";
  return name;
}

/** "17–21 March 2025", or "28 March – 1 April 2025" across months. */
export function formatDateRange(startDate: Date, endDate: Date, locale: Locale): string {
  const sameMonth = startDate.getUTCMonth() === endDate.getUTCMonth();
  const sameYear = startDate.getUTCFullYear() === endDate.getUTCFullYear();
  const utc = (date: Date) => new TZDate(date, "UTC");
  if (sameMonth && sameYear) {
    return `${format(utc(startDate), "d", { locale })}–${format(utc(endDate), "d MMMM yyyy", { locale })}`;
  }
  if (sameYear) {
    return `${format(utc(startDate), "d MMMM", { locale })} – ${format(utc(endDate), "d MMMM yyyy", { locale })}`;
  }
  return `${format(utc(startDate), "d MMMM yyyy", { locale })} – ${format(utc(endDate), "d MMMM yyyy", { locale })}`;
}

export function durationMinutes(startsAt: Date, endsAt: Date): number {
  return differenceInMinutes(endsAt, startsAt);
}
