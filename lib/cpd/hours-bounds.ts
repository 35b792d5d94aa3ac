/** CPD hours are logged in quarter hours. */
export const HOURS_STEP = 0.25;
export const MIN_HOURS = 0.25;
/** A session's entry: at most a day. */
export const MAX_SESSION_ENTRY_HOURS = 24;
/** Learning outside the programme (a course, a piece of research) can span several days. */
export const MAX_OTHER_ENTRY_HOURS = 100;
/**
 * Preparation and follow-up reading may add to a session's time, but not
 * without limit: a session's entry may exceed its CPD hours by at most this.
 */
export const SESSION_EXTRA_HOURS = 2;

/** The most hours an entry for a session worth `sessionHours` may record. */
export function maxHoursForSession(sessionHours: number): number {
  return Math.min(MAX_SESSION_ENTRY_HOURS, sessionHours + SESSION_EXTRA_HOURS);
}

export function isQuarterHour(hours: number): boolean {
  return Number.isFinite(hours) && Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) < 1e-9;
}

/** "1.5" for 1.5 hours: how hours are shown and pre-filled. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}
