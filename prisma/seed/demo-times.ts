// Times in the demo data. Both fixed weeks fall before the clocks go forward
// (30 March 2025, 31 March 2024), so UK local time is GMT and `at` gives the
// times shown in their programmes. The upcoming week's times are Europe/London
// local times, converted to UTC whichever side of a clock change they fall.
import { localToUtc } from "../../lib/admin/sessions/session-time";

/** A UK local time in GMT (no daylight saving in the fixed weeks), as a UTC instant. */
export function at(day: string, time: string): Date {
  return new Date(`${day}T${time}:00Z`);
}

/** A Europe/London wall-clock time on a calendar day (yyyy-MM-dd), as a UTC instant: GMT or BST as the day requires. */
export function londonTime(day: string, time: string): Date {
  const local = localToUtc(day, time, "Europe/London");
  if (!local.ok) throw new Error(`Demo seed: ${day} ${time} is not a time in Europe/London (${local.refusal})`);
  return local.instant;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
