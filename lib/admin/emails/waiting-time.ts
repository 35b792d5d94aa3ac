/** How long something has waited, in the one unit a person would say it in: "2 minutes", "3 hours", "4 days". */
export type WaitingTime = { unit: "seconds" } | { unit: "minutes" | "hours" | "days"; count: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole units, rounded down (an email that has waited 119 minutes has not waited 2 hours). */
export function waitingTime(ms: number): WaitingTime {
  if (ms < MINUTE) return { unit: "seconds" };
  if (ms < HOUR) return { unit: "minutes", count: Math.floor(ms / MINUTE) };
  if (ms < 2 * DAY) return { unit: "hours", count: Math.floor(ms / HOUR) };
  return { unit: "days", count: Math.floor(ms / DAY) };
}
