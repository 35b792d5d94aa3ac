import type { PrismaClient } from "../prisma-client";
import { RegistrationError } from "./registration-errors";

/**
 * Takes back a request for a place that no organiser has decided yet. Only
 * the person's own (the user id comes from their session) and only while it
 * waits: a decided request stays, as the organiser's decision.
 */
export async function withdrawBookingRequest(db: PrismaClient, input: { userId: string; requestId: string }): Promise<void> {
  const { count } = await db.bookingRequest.deleteMany({ where: { id: input.requestId, userId: input.userId, status: "PENDING" } });
  if (count === 0) throw new RegistrationError("REQUEST_NOT_FOUND");
}
