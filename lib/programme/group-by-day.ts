import { localDayKey } from "./event-time";

/** Sessions (already in time order) grouped by their local calendar day. */
export function groupByDay<T extends { startsAt: Date }>(sessions: T[], timeZone: string): { day: string; sessions: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const session of sessions) {
    const day = localDayKey(session.startsAt, timeZone);
    const group = groups.get(day);
    if (group) group.push(session);
    else groups.set(day, [session]);
  }
  return [...groups].map(([day, grouped]) => ({ day, sessions: grouped }));
}
