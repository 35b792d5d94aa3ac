import { describe, expect, it } from "vitest";
import { calendarDaySchema, isCalendarDay, parseCalendarDay } from "./calendar-day";

describe("calendar days from outside", () => {
  it("accepts days that exist in the range", () => {
    expect(parseCalendarDay("2025-03-18")).toEqual({ year: 2025, month: 3, day: 18 });
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("1900-01-01")).toBe(true);
    expect(isCalendarDay("2100-12-31")).toBe(true);
  });

  it("refuses days that do not exist, other shapes and other types", () => {
    for (const value of [
      "2025-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-3-18",
      " 2025-03-18",
      "2025-03-18T00:00",
      "18/03/2025",
      "",
      undefined,
      20250318,
      ["2025-03-18"],
    ]) {
      expect(isCalendarDay(value), String(value)).toBe(false);
    }
  });

  it("refuses year 0000 (PostgreSQL has none) and anything outside 1900–2100", () => {
    for (const value of ["0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31", "+20000-01-01"]) {
      expect(isCalendarDay(value), value).toBe(false);
    }
  });

  it("gives a zod schema with the form's message keys: not a day, or a day out of range", () => {
    expect(calendarDaySchema("dateInvalid").safeParse("0000-01-01").error?.issues[0]?.message).toBe("dateInvalid");
    expect(calendarDaySchema("dateInvalid", "dateOutOfRange").safeParse("2999-01-01").error?.issues[0]?.message).toBe("dateOutOfRange");
    expect(calendarDaySchema("dateInvalid", "dateOutOfRange").safeParse("2025-02-30").error?.issues[0]?.message).toBe("dateInvalid");
    expect(calendarDaySchema("dateInvalid", "dateOutOfRange").safeParse("2025-02-28").success).toBe(true);
  });
});
