import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Locale } from "date-fns";
import { formatClock, formatLongDate, timeZoneAbbreviation } from "../../programme/event-time";

/** The parts of "Wednesday 19 March 2025, 14:30–16:30 GMT", in the event's time zone. */
export function sessionWhen(session: { startsAt: Date; endsAt: Date }, timeZone: string, locale: Locale) {
  return {
    date: formatLongDate(session.startsAt, timeZone, locale),
    start: formatClock(session.startsAt, timeZone, locale),
    end: formatClock(session.endsAt, timeZone, locale),
    zone: timeZoneAbbreviation(session.startsAt, timeZone),
  };
}

/** "18 Feb 2025, 09:37": when someone registered or cancelled, in the event's time zone. */
export function formatMoment(instant: Date, timeZone: string, locale: Locale): string {
  return format(new TZDate(instant, timeZone), "d MMM yyyy, HH:mm", { locale });
}
