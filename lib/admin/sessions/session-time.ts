import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { parseCalendarDay } from "../../dates/calendar-day";
import type { Result } from "../../forms/result";

// Organisers type a session's date and times as the clock on the wall reads
// in the event's time zone; the database holds UTC. Around the change to and
// from British Summer Time a wall-clock time can be missing (the clocks skip
// 01:00–02:00 on the last Sunday in March) or happen twice (01:00–02:00 on
// the last Sunday in October): the first is refused, the second resolved to
// its first occurrence (still in summer time) and reported so the form can say so.

/** The instant, or the refusal "invalid" (no such date or time) or "nonexistent" (skipped by the clocks going forward). */
export type LocalTimeResult = Result<{ instant: Date; ambiguous: boolean }, "invalid" | "nonexistent">;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

const HOUR_MS = 60 * 60 * 1000;

function wallClock(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd HH:mm");
}

/** The UTC instant at which a wall-clock date and time (HH:mm) happen in a time zone. */
export function localToUtc(date: string, time: string, timeZone: string): LocalTimeResult {
  const day = parseCalendarDay(date);
  const clock = TIME.exec(time);
  if (!day || !clock) return { ok: false, refusal: "invalid" };
  const wanted = `${date} ${time}`;
  const guess = new Date(new TZDate(day.year, day.month - 1, day.day, Number(clock[1]), Number(clock[2]), 0, timeZone).getTime());
  // Zones move their clocks by at most a couple of hours: look either side for every instant showing this time.
  const matches = [-2, -1, 0, 1, 2].map((hours) => new Date(guess.getTime() + hours * HOUR_MS)).filter((instant) => wallClock(instant, timeZone) === wanted);
  const [first] = matches;
  if (!first) return { ok: false, refusal: "nonexistent" };
  return { ok: true, instant: first, ambiguous: matches.length > 1 };
}

/** The wall-clock date (yyyy-MM-dd) and time (HH:mm) of a UTC instant in a time zone, for filling in the form. */
export function utcToLocal(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant, timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}
