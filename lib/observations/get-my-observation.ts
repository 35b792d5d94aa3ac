import type { PrismaClient } from "../prisma-client";

/** Whether an organiser has marked the person as a senior leader. */
export async function isSeniorLeader(db: PrismaClient, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { seniorLeader: true } });
  return user?.seniorLeader === true;
}

/** One of the caller's own observations (the user id is in the where clause), with its reflection, for the reflection page. */
export async function getMyObservation(db: PrismaClient, userId: string, bookingId: string) {
  if (!/^[a-z0-9]{1,64}$/i.test(bookingId)) return null;
  return db.observationBooking.findFirst({
    where: { id: bookingId, userId, status: "BOOKED" },
    select: {
      id: true,
      workingWell: true,
      couldBeBetter: true,
      themes: true,
      followUp: true,
      reflectedAt: true,
      slot: {
        select: { startsAt: true, endsAt: true, opportunity: { select: { team: true, teamCy: true, activity: true, event: { select: { timeZone: true } } } } },
      },
    },
  });
}
