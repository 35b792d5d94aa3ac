import type { Prisma } from "../generated/prisma/client";

export type LockedSession = {
  id: string;
  capacity: number | null;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  eventStatus: "DRAFT" | "PUBLISHED";
};

/**
 * Locks the session's row until the transaction ends. Every change to a
 * session's places (booking, cancelling, promoting, changing capacity) takes
 * this lock first, so capacity checks and writes for one session happen one
 * at a time on the server, however many people click at once.
 */
export async function lockSession(tx: Prisma.TransactionClient, sessionId: string): Promise<LockedSession | undefined> {
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT s.id, s.capacity, s.status::text AS status, s."startsAt", s."endsAt", e.status::text AS "eventStatus"
    FROM "Session" s JOIN "Event" e ON e.id = s."eventId"
    WHERE s.id = ${sessionId}
    FOR UPDATE OF s`;
  return rows[0];
}

export async function countConfirmed(tx: Prisma.TransactionClient, sessionId: string): Promise<number> {
  return tx.registration.count({ where: { sessionId, status: "CONFIRMED" } });
}
