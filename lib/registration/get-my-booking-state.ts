import type { PrismaClient } from "../prisma-client";
import { waitlistRank } from "./waitlist-rank";

/**
 * What the session page's booking box needs to know about the signed-in
 * person and one session: their booking (not a cancelled one), their request
 * for a place if the session needs approval, and whether their address is
 * confirmed. The user id comes from the session cookie, never the request.
 */
export async function getMyBookingState(db: PrismaClient, userId: string, sessionId: string) {
  const [registration, request, user] = await Promise.all([
    db.registration.findUnique({ where: { sessionId_userId: { sessionId, userId } }, select: { id: true, status: true } }),
    db.bookingRequest.findUnique({ where: { sessionId_userId: { sessionId, userId } }, select: { id: true, status: true } }),
    db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } }),
  ]);
  const booked = registration && registration.status !== "CANCELLED" ? registration : null;
  return {
    registration: booked ? { ...booked, waitlistPosition: booked.status === "WAITLISTED" ? await waitlistRank(db, booked.id) : null } : null,
    /** A request still waiting, or declined; an approved one is a registration by now (or was, and was cancelled). */
    request: request && request.status !== "APPROVED" ? request : null,
    email: user?.email ?? "",
    emailVerified: user?.emailVerifiedAt != null,
  };
}

export type MyBookingState = Awaited<ReturnType<typeof getMyBookingState>>;
