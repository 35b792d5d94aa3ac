import { durationMinutes } from "./event-time";

/**
 * The CPD hours a session is worth: what the organiser set, otherwise its
 * length rounded to the nearest quarter hour.
 */
export function sessionCpdHours(session: { cpdHours: { toString(): string } | null; startsAt: Date; endsAt: Date }): number {
  if (session.cpdHours !== null) return Number(session.cpdHours.toString());
  return Math.round(durationMinutes(session.startsAt, session.endsAt) / 15) / 4;
}
