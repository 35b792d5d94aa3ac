import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB } from "date-fns/locale";
import { formatClock, formatLongDate, timeZoneAbbreviation } from "../../programme/event-time";

/** The parts of "Wednesday 19 March 2025, 14:30–16:30 GMT", in the event's time zone. */
export function sessionWhen(session: { startsAt: Date; endsAt: Date }, timeZone: string) {
  return {
    date: formatLongDate(session.startsAt, timeZone, enGB),
    start: formatClock(session.startsAt, timeZone, enGB),
    end: formatClock(session.endsAt, timeZone, enGB),
    zone: timeZoneAbbreviation(session.startsAt, timeZone),
  };
}

/** "18 Feb 2025, 09:37": when someone registered or cancelled, in the event's time zone. */
export function formatMoment(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "d MMM yyyy, HH:mm", { locale: enGB });
}
