import type { PrismaClient } from "../prisma-client";

/**
 * A place in the queue, counting from 1 (next to be offered a place). Stored
 * positions only order the list; people leaving it leave gaps, so the rank is
 * counted among those still waiting rather than stored.
 */
export async function rankOnWaitingList(
  db: PrismaClient,
  entry: { sessionId: string; waitlistPosition: number | null },
): Promise<number> {
  const waiting = { sessionId: entry.sessionId, status: "WAITLISTED" as const };
  // Not expected (booking always numbers the waiting list): counted as last.
  if (entry.waitlistPosition === null) return db.registration.count({ where: waiting });
  const ahead = await db.registration.count({ where: { ...waiting, waitlistPosition: { lt: entry.waitlistPosition } } });
  return ahead + 1;
}

/** The rank of one registration, or 0 when it is not on the waiting list. */
export async function waitlistRank(db: PrismaClient, registrationId: string): Promise<number> {
  const registration = await db.registration.findUnique({
    where: { id: registrationId },
    select: { sessionId: true, status: true, waitlistPosition: true },
  });
  if (!registration || registration.status !== "WAITLISTED") return 0;
  return rankOnWaitingList(db, registration);
}
