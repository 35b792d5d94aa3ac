import type { PrismaClient } from "../prisma-client";

/** What deleting the person's own account would change, counted for the page that asks them to confirm. */
export async function getAccountClosureSummary(db: PrismaClient, userId: string, now: Date = new Date()) {
  const [user, futurePlaces, waitingPlaces, pastRegistrations, cpdEntries, certificates, organisers] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } }),
    db.registration.count({ where: { userId, status: "CONFIRMED", session: { startsAt: { gt: now } } } }),
    db.registration.count({ where: { userId, status: "WAITLISTED", session: { startsAt: { gt: now } } } }),
    db.registration.count({ where: { userId, session: { startsAt: { lte: now } } } }),
    db.cpdEntry.count({ where: { userId } }),
    db.certificate.count({ where: { userId, revokedAt: null } }),
    db.user.count({ where: { role: "ORGANISER" } }),
  ]);
  const isOrganiser = user.role === "ORGANISER";
  return { futurePlaces, waitingPlaces, pastRegistrations, cpdEntries, certificates, isOrganiser, isLastOrganiser: isOrganiser && organisers <= 1 };
}

export type AccountClosureSummary = Awaited<ReturnType<typeof getAccountClosureSummary>>;
