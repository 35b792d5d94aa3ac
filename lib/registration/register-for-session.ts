import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { RegistrationError } from "./registration-errors";
import { lockSession } from "./lock-session";

export type RegistrationOutcome = {
  registrationId: string;
  status: "CONFIRMED" | "WAITLISTED";
  /** True when the person already held this registration (a repeat submission). */
  alreadyRegistered: boolean;
};

/**
 * Books a place for a person on a session: a confirmed place while there is
 * room, otherwise the next place on the waiting list. Safe under concurrency
 * (the session row is locked while places are counted and written) and
 * idempotent (one registration per person and session: a repeat returns it).
 */
export async function registerForSession(
  db: PrismaClient,
  input: { userId: string; sessionId: string },
  now: Date = new Date(),
): Promise<RegistrationOutcome> {
  return db.$transaction(
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      if (!session || session.status === "DRAFT" || session.eventStatus !== "PUBLISHED") {
        throw new RegistrationError(session ? "SESSION_NOT_OPEN" : "SESSION_NOT_FOUND");
      }
      if (session.status === "CANCELLED") throw new RegistrationError("SESSION_CANCELLED");

      const { existing, confirmed, lastWaitlistPosition } = await placesState(tx, session.id, input.userId);
      if (existing && existing.status !== "CANCELLED") {
        return { registrationId: existing.id, status: existing.status, alreadyRegistered: true };
      }
      if (session.startsAt <= now) throw new RegistrationError("SESSION_STARTED");

      const hasRoom = session.capacity === null || confirmed < session.capacity;
      const data = hasRoom
        ? { status: "CONFIRMED" as const, waitlistPosition: null }
        : { status: "WAITLISTED" as const, waitlistPosition: lastWaitlistPosition + 1 };

      const registration = existing
        ? await tx.registration.update({
            where: { id: existing.id },
            data: { ...data, cancelledAt: null, promotedAt: null, reminderSentAt: null, attendance: "UNMARKED" },
            select: { id: true, status: true },
          })
        : await tx.registration.create({
            data: { ...data, sessionId: session.id, userId: input.userId },
            select: { id: true, status: true },
          });
      return { registrationId: registration.id, status: data.status, alreadyRegistered: false };
    },
    // Under a rush, transactions queue for the session lock and for a pooled connection.
    { maxWait: 30_000, timeout: 30_000 },
  );
}

type RegistrationStatusName = "CONFIRMED" | "WAITLISTED" | "CANCELLED";

type PlacesState = {
  existing: { id: string; status: RegistrationStatusName } | null;
  confirmed: number;
  lastWaitlistPosition: number;
};

/**
 * The person's registration for the session (if any), the confirmed places
 * and the last waiting-list position, in one statement: every round trip
 * made while the session's row is locked keeps the next booking waiting, and
 * under a rush the lock is the queue everyone stands in. It runs after the
 * lock is taken, as a statement of its own, so (at READ COMMITTED) it sees
 * every booking committed before the lock was granted.
 */
async function placesState(tx: Prisma.TransactionClient, sessionId: string, userId: string): Promise<PlacesState> {
  const [row] = await tx.$queryRaw<
    Array<{ existingId: string | null; existingStatus: RegistrationStatusName | null; confirmed: number; lastWaitlistPosition: number }>
  >`
    SELECT mine.id AS "existingId", mine.status::text AS "existingStatus",
      (SELECT count(*)::int FROM "Registration" WHERE "sessionId" = ${sessionId} AND status = 'CONFIRMED') AS confirmed,
      (SELECT coalesce(max("waitlistPosition"), 0)::int FROM "Registration" WHERE "sessionId" = ${sessionId} AND status = 'WAITLISTED') AS "lastWaitlistPosition"
    FROM (SELECT 1) AS one
    LEFT JOIN "Registration" mine ON mine."sessionId" = ${sessionId} AND mine."userId" = ${userId}`;
  if (!row) throw new Error("The places query returned no row");
  return {
    existing: row.existingId && row.existingStatus ? { id: row.existingId, status: row.existingStatus } : null,
    confirmed: row.confirmed,
    lastWaitlistPosition: row.lastWaitlistPosition,
  };
}
