// Arithmetic on calendar days written as yyyy-MM-dd, done in UTC so that the
// server's own time zone never moves a day (a Date at local midnight can be
// the day before in UTC). The days are assumed valid: check days from outside
// with calendar-day.ts first.

const MS_PER_DAY = 86_400_000;

function utcOf(day: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

const dayOfUtc = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day `days` days later (or earlier, when negative). */
export function addDaysToDay(day: string, days: number): string {
  return dayOfUtc(utcOf(day) + days * MS_PER_DAY);
}

/** The same day `months` months later (or earlier), or the month's last day when it is shorter (31 March − 1 month = 28 or 29 February). */
export function addMonthsToDay(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return dayOfUtc(Date.UTC(year, month - 1 + months, Math.min(date, lastOfMonth)));
}

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a year without one. */
export function addYearsToDay(day: string, years: number): string {
  return addMonthsToDay(day, 12 * years);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFromTo(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / MS_PER_DAY);
}
