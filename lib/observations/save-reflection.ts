import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import { queueObservationThanks } from "../jobs/observation-thanks-jobs";
import type { PrismaClient } from "../prisma-client";
import { reflectionFormSchema } from "./observation-schemas";

export type SaveReflectionResult = Result<object, "bookingNotFound" | "notYet">;

/**
 * The observer's reflection, written after the slot and seen only by
 * organisers (for the quality-assurance report). The first time it is saved
 * the host is thanked by email, in the same transaction (the email says
 * nothing of what was written); saving again edits it.
 */
export async function saveObservationReflection(db: PrismaClient, userId: string, input: unknown, now: Date = new Date()): Promise<SaveReflectionResult> {
  const parsed = reflectionFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.bookingId ? { ok: false, refusal: "bookingNotFound" } : { ok: false, fieldErrors };
  }
  const { bookingId, ...reflection } = parsed.data;
  return db.$transaction(async (tx): Promise<SaveReflectionResult> => {
    const booking = await tx.observationBooking.findFirst({
      where: { id: bookingId, userId, status: "BOOKED" },
      select: { id: true, hostThankedAt: true, slot: { select: { startsAt: true } } },
    });
    if (!booking) return { ok: false, refusal: "bookingNotFound" };
    if (booking.slot.startsAt > now) return { ok: false, refusal: "notYet" };
    const thankHost = booking.hostThankedAt === null;
    await tx.observationBooking.update({
      where: { id: booking.id },
      data: { ...reflection, reflectedAt: now, ...(thankHost ? { hostThankedAt: now } : {}) },
    });
    if (thankHost) await queueObservationThanks(tx, booking.id);
    return { ok: true };
  });
}
