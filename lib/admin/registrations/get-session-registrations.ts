import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";
import { personSelect, sessionHeaderSelect } from "./session-header";

/**
 * A session's registrations for organisers: confirmed places, the waiting list
 * in the order places are offered (ranked from 1, however gappy the stored
 * positions), and cancellations, with the counts against capacity.
 * Null when there is no such session.
 */
export async function getSessionRegistrations(db: PrismaClient, actor: CurrentUser, sessionId: string) {
  assertOrganiser(actor);
  const session = await db.session.findUnique({ where: { id: sessionId }, select: sessionHeaderSelect });
  if (!session) return null;
  const registrations = await db.registration.findMany({
    where: { sessionId },
    // The same order as promote-from-waiting-list.ts, so "first on the list" means the same everywhere.
    orderBy: [{ waitlistPosition: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      attendance: true,
      createdAt: true,
      cancelledAt: true,
      promotedAt: true,
      user: { select: personSelect },
    },
  });
  const confirmed = registrations.filter((registration) => registration.status === "CONFIRMED");
  const waitingList = registrations
    .filter((registration) => registration.status === "WAITLISTED")
    .map((registration, index) => ({ ...registration, rank: index + 1 }));
  const cancelled = registrations
    .filter((registration) => registration.status === "CANCELLED")
    .sort((a, b) => (b.cancelledAt?.getTime() ?? 0) - (a.cancelledAt?.getTime() ?? 0));
  const placesLeft = session.capacity === null ? null : Math.max(0, session.capacity - confirmed.length);
  return {
    session,
    confirmed,
    waitingList,
    cancelled,
    counts: { confirmed: confirmed.length, capacity: session.capacity, placesLeft, waitingList: waitingList.length, cancelled: cancelled.length },
  };
}

export type SessionRegistrations = NonNullable<Awaited<ReturnType<typeof getSessionRegistrations>>>;
export type AdminRegistration = SessionRegistrations["confirmed"][number];
