import "server-only";
import type { PrismaClient } from "../prisma-client";
import { withPlaces } from "./places";

/**
 * Confirmed bookings per session, for the places-left figures. Read on every
 * request (one grouped query on the (sessionId, status) index, however many
 * sessions), never cached: a place taken a second ago must already show.
 */
export async function confirmedCounts(db: PrismaClient, sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db.registration.groupBy({
    by: ["sessionId"],
    where: { status: "CONFIRMED", sessionId: { in: [...new Set(sessionIds)] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.sessionId, row._count._all]));
}

/**
 * withPlaces with this moment's counts. When the database is away the rest of
 * the page comes from the programme cache, so the programme stays readable
 * with "places cannot be shown just now" instead of an error page (the fault
 * drill checks this); the failure is logged.
 */
export async function addPlaces<Session extends { id: string; capacity: number | null }>(db: PrismaClient, sessions: readonly Session[]) {
  const counts = await confirmedCounts(
    db,
    sessions.map((session) => session.id),
  ).catch((error: unknown) => {
    console.error("Places left could not be counted; showing the programme without them:", error);
    return null;
  });
  return withPlaces(sessions, counts);
}

/** One session with this moment's places left (the session page). */
export async function addPlacesTo<Session extends { id: string; capacity: number | null }>(db: PrismaClient, session: Session) {
  return (await addPlaces(db, [session]))[0]!;
}
