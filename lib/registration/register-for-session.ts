import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { RegistrationError } from "./registration-errors";
import { countConfirmed, lockSession } from "./lock-session";

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

      const existing = await tx.registration.findUnique({
        where: { sessionId_userId: { sessionId: session.id, userId: input.userId } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "CANCELLED") {
        return { registrationId: existing.id, status: existing.status, alreadyRegistered: true };
      }
      if (session.startsAt <= now) throw new RegistrationError("SESSION_STARTED");

      const hasRoom = session.capacity === null || (await countConfirmed(tx, session.id)) < session.capacity;
      const data = hasRoom
        ? { status: "CONFIRMED" as const, waitlistPosition: null }
        : { status: "WAITLISTED" as const, waitlistPosition: await nextWaitlistPosition(tx, session.id) };

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

async function nextWaitlistPosition(tx: Prisma.TransactionClient, sessionId: string) {
  const last = await tx.registration.aggregate({
    where: { sessionId, status: "WAITLISTED" },
    _max: { waitlistPosition: true },
  });
  return (last._max.waitlistPosition ?? 0) + 1;
}
