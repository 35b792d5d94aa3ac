import type { PrismaClient } from "../prisma-client";

/**
 * A person's place in the queue (1 = next to be offered a place). Stored
 * positions only order the list; people leaving it leave gaps, so the rank
 * is counted rather than stored.
 */
export async function waitlistRank(db: PrismaClient, registrationId: string): Promise<number> {
  const registration = await db.registration.findUnique({
    where: { id: registrationId },
    select: { sessionId: true, status: true, waitlistPosition: true },
  });
  if (!registration || registration.status !== "WAITLISTED" || registration.waitlistPosition === null) return 0;
  const ahead = await db.registration.count({
    where: { sessionId: registration.sessionId, status: "WAITLISTED", waitlistPosition: { lt: registration.waitlistPosition } },
  });
  return ahead + 1;
}
