// The wall clock of a time zone at an instant, for the schedule files, which
// write three things for each of thousands of sessions (its day, its HH:MM and
// the ISO moment with the offset). date-fns with TZDate costs tens of
// microseconds a call: a 4,000-session week took a quarter of a second. The
// offset only changes at a zone's transitions, which fall on whole minutes, so
// it is looked up once per zone and minute (sessions share a handful of start
// times) and the rest is plain arithmetic. lib/programme/event-time.ts
// (isoWithOffset, localDayKey) gives the same answers; zoned-clock.test.ts
// holds them to that across the changes to and from summer time.

const formats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const MAX_REMEMBERED = 50_000;

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes the zone's clock is ahead of UTC at that minute. */
function offsetMinutes(minute: number, timeZone: string): number {
  const key = `${timeZone}|${minute}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(minute * 60_000))) if (part.type !== "literal") parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  const offset = Math.round(asUtc / 60_000) - minute;
  if (offsets.size >= MAX_REMEMBERED) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

const two = (value: number) => String(value).padStart(2, "0");

export type ZonedClock = {
  /** yyyy-MM-dd on the zone's calendar. */
  day: string;
  /** HH:mm on the zone's clock. */
  clock: string;
  /** yyyy-MM-ddTHH:mm:ss±hh:mm, the offset written out even when it is zero. */
  iso: string;
};

export function zonedClock(instant: Date, timeZone: string): ZonedClock {
  const minute = Math.floor(instant.getTime() / 60_000);
  const offset = offsetMinutes(minute, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const day = `${String(local.getUTCFullYear()).padStart(4, "0")}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  const clock = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  const sign = offset < 0 ? "-" : "+";
  const size = Math.abs(offset);
  return { day, clock, iso: `${day}T${clock}:${two(local.getUTCSeconds())}${sign}${two(Math.floor(size / 60))}:${two(size % 60)}` };
}
