import { z } from "zod";

// One rule for every yyyy-MM-dd that arrives from outside (query strings and
// form fields): the day must exist, and lie in a range that PostgreSQL and
// date-fns handle and that makes sense for a CPD week or record. PostgreSQL
// has no year 0 ("0000-01-01" fails the query), JavaScript's Date has one,
// so checking only that Date can parse the value is not enough.
export const EARLIEST_CALENDAR_DAY = "1900-01-01";
export const LATEST_CALENDAR_DAY = "2100-12-31";

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month and day of a yyyy-MM-dd that exists, in any year from 0000 to 9999; null otherwise. */
function realDay(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== "string") return null;
  const match = SHAPE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

const inRange = (value: string) => value >= EARLIEST_CALENDAR_DAY && value <= LATEST_CALENDAR_DAY;

/** The year, month and day of a yyyy-MM-dd that exists and lies in the range; null otherwise. */
export function parseCalendarDay(value: unknown): { year: number; month: number; day: number } | null {
  return typeof value === "string" && inRange(value) ? realDay(value) : null;
}

export function isCalendarDay(value: unknown): value is string {
  return parseCalendarDay(value) !== null;
}

/**
 * A zod string that must be such a day. `invalid` is the catalogue key shown
 * for something that is not a day at all ("2025-02-30"), `outOfRange` for a
 * real day outside the range ("2999-01-01"); a form with a narrower range of
 * its own (a CPD entry: 2000 to today) checks that after this.
 */
export const calendarDaySchema = (invalid = "dateInvalid", outOfRange: string | ((value: string) => string) = invalid) =>
  z.string().superRefine((value, context) => {
    if (!realDay(value)) context.addIssue({ code: "custom", message: invalid });
    else if (!inRange(value)) context.addIssue({ code: "custom", message: typeof outOfRange === "string" ? outOfRange : outOfRange(value) });
  });
