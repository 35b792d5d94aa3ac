import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { calendarSessionSelect } from "../programme/session-calendar";

/** Everything the registration emails show, fetched in one query. */
export const registrationForEmailSelect = {
  id: true,
  status: true,
  waitlistPosition: true,
  user: { select: { email: true, name: true, language: true } },
  session: {
    select: {
      ...calendarSessionSelect,
      joinUrl: true,
      event: { select: { ...calendarSessionSelect.event.select, timeZone: true } },
    },
  },
} satisfies Prisma.RegistrationSelect;

export type RegistrationForEmail = Prisma.RegistrationGetPayload<{ select: typeof registrationForEmailSelect }>;

/** The registration with everything its emails show, or null when it no longer exists (deleted with its account). */
export async function findRegistrationForEmail(db: PrismaClient, registrationId: string): Promise<RegistrationForEmail | null> {
  return db.registration.findUnique({ where: { id: registrationId }, select: registrationForEmailSelect });
}
