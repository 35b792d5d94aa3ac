import { describe, expect, it } from "vitest";
import {
  eventDayKeys,
  formatDateRange,
  formatTimeRange,
  localDayBounds,
  localDayKey,
  timeZoneAbbreviation,
} from "./event-time";

const london = "Europe/London";

describe("event time", () => {
  it("shows GMT times unchanged in winter and an hour ahead in British Summer Time", () => {
    expect(formatTimeRange(new Date("2025-03-18T10:00:00Z"), new Date("2025-03-18T11:30:00Z"), london)).toBe("10:00–11:30");
    expect(formatTimeRange(new Date("2025-04-01T10:00:00Z"), new Date("2025-04-01T11:00:00Z"), london)).toBe("11:00–12:00");
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
    expect(eventDayKeys(new Date("2025-03-17"), new Date("2025-03-21"))).toEqual([
      "2025-03-17",
      "2025-03-18",
      "2025-03-19",
      "2025-03-20",
      "2025-03-21",
    ]);
    expect(eventDayKeys(new Date("2025-03-21"), new Date("2025-03-17"))).toEqual([]);
  });

  it("writes date ranges the way people say them", () => {
    expect(formatDateRange(new Date("2025-03-17"), new Date("2025-03-21"))).toBe("17–21 March 2025");
    expect(formatDateRange(new Date("2025-03-31"), new Date("2025-04-04"))).toBe("31 March – 4 April 2025");
    expect(formatDateRange(new Date("2025-12-29"), new Date("2026-01-02"))).toBe("29 December 2025 – 2 January 2026");
  });
});
