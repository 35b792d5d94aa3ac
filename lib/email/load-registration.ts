import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";

/** Everything the registration emails show, fetched in one query. */
export const registrationForEmailSelect = {
  id: true,
  status: true,
  waitlistPosition: true,
  user: { select: { email: true, name: true } },
  session: {
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      startsAt: true,
      endsAt: true,
      format: true,
      venue: true,
      joinUrl: true,
      status: true,
      updatedAt: true,
      event: { select: { title: true, organiserName: true, timeZone: true } },
    },
  },
} satisfies Prisma.RegistrationSelect;

export type RegistrationForEmail = Prisma.RegistrationGetPayload<{ select: typeof registrationForEmailSelect }>;

export async function loadRegistrationForEmail(db: PrismaClient, registrationId: string): Promise<RegistrationForEmail> {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: registrationForEmailSelect });
  if (!registration) throw new Error(`Registration ${registrationId} not found`);
  return registration;
}

/**
 * The person's place in the queue, counting from 1. Stored positions can have
 * gaps (people leave the list, others are promoted), so this is a rank among
 * those still waiting, not the stored number.
 */
export async function waitingListPlace(
  db: PrismaClient,
  registration: { session: { id: string }; waitlistPosition: number | null },
): Promise<number> {
  const waiting = { sessionId: registration.session.id, status: "WAITLISTED" as const };
  // Not expected (booking always numbers the waiting list): counted as last.
  if (registration.waitlistPosition === null) return db.registration.count({ where: waiting });
  const ahead = await db.registration.count({ where: { ...waiting, waitlistPosition: { lt: registration.waitlistPosition } } });
  return ahead + 1;
}
