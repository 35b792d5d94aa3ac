import "server-only";
import { prisma } from "../db";
import { placesLeft, type Places } from "./places";

/**
 * Confirmed bookings per session, for the places-left figures. Read on every
 * request (one grouped query on the (sessionId, status) index, however many
 * sessions), never cached: a place taken a second ago must already show.
 */
export async function confirmedCounts(sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await prisma.registration.groupBy({
    by: ["sessionId"],
    where: { status: "CONFIRMED", sessionId: { in: [...new Set(sessionIds)] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.sessionId, row._count._all]));
}

/** The sessions with what a visitor is told about room on each. */
export function withPlaces<Session extends { id: string; capacity: number | null }>(
  sessions: readonly Session[],
  counts: ReadonlyMap<string, number>,
): Array<Session & { places: Places }> {
  return sessions.map((session) => ({ ...session, places: placesLeft(session.capacity, counts.get(session.id) ?? 0) }));
}

/** withPlaces with this moment's counts. */
export async function addPlaces<Session extends { id: string; capacity: number | null }>(sessions: readonly Session[]) {
  return withPlaces(sessions, await confirmedCounts(sessions.map((session) => session.id)));
}

/** One session with this moment's places left (the session page). */
export async function addPlacesTo<Session extends { id: string; capacity: number | null }>(session: Session) {
  return withPlaces([session], await confirmedCounts([session.id]))[0]!;
}
