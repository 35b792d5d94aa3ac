import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { observationIdSchema } from "./observation-schemas";

export type ObservationRefusal = "notSeniorLeader" | "slotNotFound" | "slotFull" | "slotStarted" | "bookingNotFound";
export type BookObservationResult = Result<{ bookingId: string; alreadyBooked: boolean }, ObservationRefusal>;

/**
 * A senior leader books a place to observe on a slot. The slot's row is
 * locked while its places are counted and the booking written, as a
 * session's is for a booking, so a hundred leaders clicking at once on a
 * one-observer slot give it exactly one observer; one booking per person
 * and slot (a repeat returns it; booking again after cancelling reuses it).
 * Only people an organiser has marked as senior leaders, only while the
 * slot's week is published and before the slot starts.
 */
export async function bookObservation(db: PrismaClient, userId: string, slotId: unknown, now: Date = new Date()): Promise<BookObservationResult> {
  const id = observationIdSchema.safeParse(slotId);
  if (!id.success) return { ok: false, refusal: "slotNotFound" };
  return db.$transaction(async (tx): Promise<BookObservationResult> => {
    const leader = await tx.user.findUnique({ where: { id: userId }, select: { seniorLeader: true } });
    if (!leader?.seniorLeader) return { ok: false, refusal: "notSeniorLeader" };
    const [slot] = await tx.$queryRaw<{ id: string; startsAt: Date; observersPerSlot: number; eventStatus: string }[]>`
      SELECT s.id, s."startsAt", o."observersPerSlot", e.status::text AS "eventStatus"
      FROM "ObservationSlot" s JOIN "ObservationOpportunity" o ON o.id = s."opportunityId" JOIN "Event" e ON e.id = o."eventId"
      WHERE s.id = ${id.data}
      FOR UPDATE OF s`;
    if (!slot || slot.eventStatus !== "PUBLISHED") return { ok: false, refusal: "slotNotFound" };
    const existing = await tx.observationBooking.findUnique({ where: { slotId_userId: { slotId: slot.id, userId } }, select: { id: true, status: true } });
    if (existing?.status === "BOOKED") return { ok: true, bookingId: existing.id, alreadyBooked: true };
    if (slot.startsAt <= now) return { ok: false, refusal: "slotStarted" };
    const taken = await tx.observationBooking.count({ where: { slotId: slot.id, status: "BOOKED" } });
    if (taken >= slot.observersPerSlot) return { ok: false, refusal: "slotFull" };
    const booking = existing
      ? await tx.observationBooking.update({ where: { id: existing.id }, data: { status: "BOOKED", cancelledAt: null }, select: { id: true } })
      : await tx.observationBooking.create({ data: { slotId: slot.id, userId }, select: { id: true } });
    return { ok: true, bookingId: booking.id, alreadyBooked: false };
  });
}

/** The leader gives up their place before the slot starts (their own booking only). */
export async function cancelObservation(
  db: PrismaClient,
  userId: string,
  bookingId: unknown,
  now: Date = new Date(),
): Promise<Result<object, ObservationRefusal>> {
  const id = observationIdSchema.safeParse(bookingId);
  if (!id.success) return { ok: false, refusal: "bookingNotFound" };
  const booking = await db.observationBooking.findFirst({
    where: { id: id.data, userId, status: "BOOKED" },
    select: { id: true, slot: { select: { startsAt: true } } },
  });
  if (!booking) return { ok: false, refusal: "bookingNotFound" };
  if (booking.slot.startsAt <= now) return { ok: false, refusal: "slotStarted" };
  await db.observationBooking.update({ where: { id: booking.id }, data: { status: "CANCELLED", cancelledAt: now } });
  return { ok: true };
}
