import { cy, enGB } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import {
  eventDayKeys,
  formatDateRange,
  formatDayHeading,
  formatLongDate,
  formatShortDay,
  formatTimeRange,
  localDayBounds,
  localDayKey,
  timeZoneAbbreviation,
} from "./event-time";

const london = "Europe/London";

describe("event time", () => {
  it("shows GMT times unchanged in winter and an hour ahead in British Summer Time", () => {
    expect(formatTimeRange(new Date("2025-03-18T10:00:00Z"), new Date("2025-03-18T11:30:00Z"), london, enGB)).toBe("10:00–11:30");
    expect(formatTimeRange(new Date("2025-04-01T10:00:00Z"), new Date("2025-04-01T11:00:00Z"), london, enGB)).toBe("11:00–12:00");
    expect(timeZoneAbbreviation(new Date("2025-03-18T10:00:00Z"), london)).toBe("GMT");
    expect(timeZoneAbbreviation(new Date("2025-04-01T10:00:00Z"), london)).toBe("BST");
  });

  it("puts a late-evening UTC instant on the next local day in summer", () => {
    expect(localDayKey(new Date("2025-06-10T23:30:00Z"), london)).toBe("2025-06-11");
    expect(localDayKey(new Date("2025-01-10T23:30:00Z"), london)).toBe("2025-01-10");
  });

  it("gives a 23-hour day when the clocks go forward", () => {
    const { start, end } = localDayBounds("2025-03-30", london);
    expect(start.toISOString()).toBe("2025-03-30T00:00:00.000Z");
    expect(end.toISOString()).toBe("2025-03-30T23:00:00.000Z");
  });

  it("gives a 25-hour day when the clocks go back", () => {
    const { start, end } = localDayBounds("2025-10-26", london);
    expect(start.toISOString()).toBe("2025-10-25T23:00:00.000Z");
    expect(end.toISOString()).toBe("2025-10-27T00:00:00.000Z");
  });

  it("lists every day of an event", () => {
    expect(eventDayKeys(new Date("2025-03-17"), new Date("2025-03-21"))).toEqual(["2025-03-17", "2025-03-18", "2025-03-19", "2025-03-20", "2025-03-21"]);
    expect(eventDayKeys(new Date("2025-03-21"), new Date("2025-03-17"))).toEqual([]);
  });

  it("writes date ranges the way people say them", () => {
    expect(formatDateRange(new Date("2025-03-17"), new Date("2025-03-21"), enGB)).toBe("17–21 March 2025");
    expect(formatDateRange(new Date("2025-03-31"), new Date("2025-04-04"), enGB)).toBe("31 March – 4 April 2025");
    expect(formatDateRange(new Date("2025-12-29"), new Date("2026-01-02"), enGB)).toBe("29 December 2025 – 2 January 2026");
  });
});

// Welsh dates come from date-fns's cy locale, capitalised where they start a
// heading or a line, and must land on the right local day across both clock
// changes of 2025 (30 March and 26 October).
describe("event time in Welsh", () => {
  it("writes a day heading as Social Care Wales would", () => {
    expect(formatDayHeading("2025-03-18", cy)).toBe("Dydd Mawrth 18 Mawrth 2025");
    expect(formatShortDay("2025-03-18", cy)).toBe("Maw 18 Maw");
    expect(formatDayHeading("2025-06-21", cy)).toBe("Dydd Sadwrn 21 Mehefin 2025");
  });

  it("keeps the local day and time when the clocks go forward", () => {
    // 00:30 UTC on Sunday 30 March is 00:30 GMT; 01:30 UTC is 02:30 BST.
    expect(formatLongDate(new Date("2025-03-30T00:30:00Z"), london, cy)).toBe("Dydd Sul 30 Mawrth 2025");
    expect(formatTimeRange(new Date("2025-03-30T00:30:00Z"), new Date("2025-03-30T01:30:00Z"), london, cy)).toBe("00:30–02:30");
    // 23:30 UTC on Saturday 29 March is still Saturday in London (GMT).
    expect(formatLongDate(new Date("2025-03-29T23:30:00Z"), london, cy)).toBe("Dydd Sadwrn 29 Mawrth 2025");
    // 23:30 UTC on Monday 31 March is already Tuesday 1 April in London (BST).
    expect(formatLongDate(new Date("2025-03-31T23:30:00Z"), london, cy)).toBe("Dydd Mawrth 1 Ebrill 2025");
  });

  it("keeps the local day and time when the clocks go back", () => {
    // 23:30 UTC on Saturday 25 October is 00:30 BST on Sunday 26 October.
    expect(formatLongDate(new Date("2025-10-25T23:30:00Z"), london, cy)).toBe("Dydd Sul 26 Hydref 2025");
    // 00:30 and 01:30 UTC are 01:30 BST and 01:30 GMT: the same clock time twice.
    expect(formatTimeRange(new Date("2025-10-26T00:30:00Z"), new Date("2025-10-26T01:30:00Z"), london, cy)).toBe("01:30–01:30");
    expect(timeZoneAbbreviation(new Date("2025-10-26T00:30:00Z"), london)).toBe("BST");
    expect(timeZoneAbbreviation(new Date("2025-10-26T01:30:00Z"), london)).toBe("GMT");
    expect(formatLongDate(new Date("2025-10-26T23:30:00Z"), london, cy)).toBe("Dydd Sul 26 Hydref 2025");
  });

  it("writes a week's dates in Welsh", () => {
    expect(formatDateRange(new Date("2025-03-17"), new Date("2025-03-21"), cy)).toBe("17–21 Mawrth 2025");
    expect(formatDateRange(new Date("2025-03-28"), new Date("2025-04-01"), cy)).toBe("28 Mawrth – 1 Ebrill 2025");
  });
});
