import { describe, expect, it } from "vitest";
import { addDaysToDay, addMonthsToDay, addYearsToDay, daysFromTo } from "./day-arithmetic";

describe("arithmetic on calendar days", () => {
  it("adds and takes away days across months, years and the clocks changing", () => {
    expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDay("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDaysToDay("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDaysToDay("2026-10-25", -86)).toBe("2026-07-31");
  });

  it("adds years, keeping the day, with 29 February becoming 28 February in a year without one", () => {
    expect(addYearsToDay("2026-12-06", 3)).toBe("2029-12-06");
    expect(addYearsToDay("2026-12-06", -3)).toBe("2023-12-06");
    expect(addYearsToDay("2024-02-29", 3)).toBe("2027-02-28");
    expect(addYearsToDay("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYearsToDay("2028-02-29", -1)).toBe("2027-02-28");
  });

  it("adds months, keeping the day or taking the month's last", () => {
    expect(addMonthsToDay("2026-12-06", -12)).toBe("2025-12-06");
    expect(addMonthsToDay("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonthsToDay("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonthsToDay("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonthsToDay("2026-01-15", -13)).toBe("2024-12-15");
  });

  it("counts whole days between two days", () => {
    expect(daysFromTo("2026-12-06", "2026-12-06")).toBe(0);
    expect(daysFromTo("2026-12-01", "2027-11-30")).toBe(364);
    expect(daysFromTo("2027-11-30", "2026-12-01")).toBe(-364);
    expect(daysFromTo("2026-03-28", "2026-03-30")).toBe(2);
  });
});
