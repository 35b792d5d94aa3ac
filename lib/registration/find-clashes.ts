import type { PrismaClient } from "../prisma-client";

/**
 * The person's other live bookings that overlap a session in time: booking
 * is still allowed (people do drop in and out), but they are warned.
 */
export async function findClashes(db: PrismaClient, input: { userId: string; sessionId: string }) {
  const session = await db.session.findUnique({ where: { id: input.sessionId }, select: { startsAt: true, endsAt: true } });
  if (!session) return [];
  return db.registration.findMany({
    where: {
      userId: input.userId,
      sessionId: { not: input.sessionId },
      status: { in: ["CONFIRMED", "WAITLISTED"] },
      session: { status: "PUBLISHED", startsAt: { lt: session.endsAt }, endsAt: { gt: session.startsAt } },
    },
    select: { session: { select: { slug: true, title: true, titleCy: true, startsAt: true, endsAt: true } } },
  });
}
