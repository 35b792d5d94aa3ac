import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { isoWithOffset, localDayKey } from "../programme/event-time";
import { zonedClock } from "./zoned-clock";

describe("zonedClock", () => {
  it("reads the wall clock as date-fns does, every 7 minutes across both clock changes of 2026, in several zones", () => {
    const spans = [
      ["2026-03-28T20:00:00Z", "2026-03-29T06:00:00Z"],
      ["2026-10-24T20:00:00Z", "2026-10-25T06:00:00Z"],
      ["2026-04-04T12:00:00Z", "2026-04-05T20:00:00Z"],
    ] as const;
    for (const timeZone of ["Europe/London", "UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham"]) {
      for (const [from, to] of spans) {
        for (let at = Date.parse(from); at <= Date.parse(to); at += 7 * 60_000 + 13_000) {
          const instant = new Date(at);
          const expected = {
            day: localDayKey(instant, timeZone),
            clock: format(new TZDate(instant, timeZone), "HH:mm"),
            iso: isoWithOffset(instant, timeZone),
          };
          expect(zonedClock(instant, timeZone), `${timeZone} ${instant.toISOString()}`).toEqual(expected);
        }
      }
    }
  });

  it("writes a zero offset out", () => {
    expect(zonedClock(new Date("2026-03-29T00:59:00Z"), "Europe/London")).toEqual({ day: "2026-03-29", clock: "00:59", iso: "2026-03-29T00:59:00+00:00" });
    expect(zonedClock(new Date("2026-03-29T01:00:00Z"), "Europe/London")).toEqual({ day: "2026-03-29", clock: "02:00", iso: "2026-03-29T02:00:00+01:00" });
  });
});
