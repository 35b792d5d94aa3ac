import "server-only";
import type { PrismaClient } from "../prisma-client";
import { waitlistRank } from "./waitlist-rank";

/**
 * The caller's own bookings (the user id comes from the session, never from
 * the request), with the join link only on confirmed places.
 */
export async function listMyRegistrations(db: PrismaClient, userId: string) {
  const rows = await db.registration.findMany({
    where: { userId, session: { status: { in: ["PUBLISHED", "CANCELLED"] }, event: { status: "PUBLISHED" } } },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      id: true,
      status: true,
      session: {
        select: {
          id: true,
          slug: true,
          title: true,
          titleCy: true,
          startsAt: true,
          endsAt: true,
          format: true,
          venue: true,
          joinUrl: true,
          status: true,
          event: { select: { title: true, timeZone: true } },
        },
      },
    },
  });
  return Promise.all(
    rows.map(async ({ session, ...registration }) => {
      const { joinUrl, ...publicSession } = session;
      const confirmed = registration.status === "CONFIRMED" && session.status === "PUBLISHED";
      return {
        ...registration,
        session: publicSession,
        joinUrl: confirmed && session.format !== "IN_PERSON" ? joinUrl : null,
        waitlistPosition: registration.status === "WAITLISTED" ? await waitlistRank(db, registration.id) : null,
      };
    }),
  );
}

export type MyRegistration = Awaited<ReturnType<typeof listMyRegistrations>>[number];

export async function getMyRegistrationForSession(db: PrismaClient, userId: string, sessionId: string) {
  const registration = await db.registration.findUnique({
    where: { sessionId_userId: { sessionId, userId } },
    select: { id: true, status: true },
  });
  if (!registration || registration.status === "CANCELLED") return null;
  return {
    ...registration,
    waitlistPosition: registration.status === "WAITLISTED" ? await waitlistRank(db, registration.id) : null,
  };
}

/** The caller's live bookings among some sessions, by session id (one query). */
export async function mapMyRegistrations(db: PrismaClient, userId: string, sessionIds: string[]) {
  const rows = await db.registration.findMany({
    where: { userId, sessionId: { in: sessionIds }, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: { id: true, sessionId: true, status: true },
  });
  return new Map(rows.map((row) => [row.sessionId, row]));
}
