import type { Prisma } from "../generated/prisma/client";
import { promotionEmails, queueRegistrationEmails } from "../jobs/registration-email-jobs";
import type { PrismaClient } from "../prisma-client";
import { lockSession } from "./lock-session";
import { promoteFromWaitingList } from "./promote-from-waiting-list";
import { RegistrationError } from "./registration-errors";

export type CancellationOutcome = {
  registrationId: string;
  sessionId: string;
  /** Registrations moved from the waiting list into the freed place. */
  promotedRegistrationIds: string[];
};

/**
 * Cancels one of the caller's own registrations (the owner is part of the
 * lookup, so another person's id is simply "not found") and gives a freed
 * confirmed place to the first person waiting.
 */
export async function cancelRegistration(
  db: PrismaClient,
  input: { userId: string; registrationId: string },
  now: Date = new Date(),
): Promise<CancellationOutcome> {
  const owned = await db.registration.findFirst({
    where: { id: input.registrationId, userId: input.userId },
    select: { sessionId: true },
  });
  if (!owned) throw new RegistrationError("REGISTRATION_NOT_FOUND");

  return db.$transaction((tx) => cancelRegistrationInTransaction(tx, { ...input, sessionId: owned.sessionId }, now), { maxWait: 30_000, timeout: 30_000 });
}

/**
 * The cancellation itself, inside the caller's transaction: takes the
 * session's lock, cancels the person's registration and gives a freed
 * confirmed place to the first person waiting (their email queued in the same
 * transaction). Also used when a person deletes
 * their account, so every one of their places is released the same way.
 */
export async function cancelRegistrationInTransaction(
  tx: Prisma.TransactionClient,
  input: { userId: string; registrationId: string; sessionId: string },
  now: Date,
): Promise<CancellationOutcome> {
  const session = await lockSession(tx, input.sessionId);
  if (!session) throw new RegistrationError("REGISTRATION_NOT_FOUND");
  const registration = await tx.registration.findFirst({
    where: { id: input.registrationId, userId: input.userId },
    select: { id: true, status: true },
  });
  if (!registration) throw new RegistrationError("REGISTRATION_NOT_FOUND");
  if (registration.status === "CANCELLED") {
    return { registrationId: registration.id, sessionId: session.id, promotedRegistrationIds: [] };
  }
  if (session.startsAt <= now) throw new RegistrationError("SESSION_STARTED");
  await tx.registration.update({
    where: { id: registration.id },
    data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
  });
  // Nothing needs arranging for a cancelled place, so what the person needed is deleted with it (the privacy notice says so).
  await tx.accessRequest.deleteMany({ where: { registrationId: registration.id } });
  const promoted = registration.status === "CONFIRMED" && session.status === "PUBLISHED" ? await promoteFromWaitingList(tx, session, now) : [];
  await queueRegistrationEmails(tx, promotionEmails(promoted));
  return { registrationId: registration.id, sessionId: session.id, promotedRegistrationIds: promoted };
}
