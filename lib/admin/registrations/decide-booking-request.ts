import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import { queueBookingRequestEmail } from "../../jobs/booking-request-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { registerForSession } from "../../registration/register-for-session";
import { RegistrationError } from "../../registration/registration-errors";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema, refuse, type RegistrationsRefusal } from "./registration-schemas";

export const decideBookingRequestSchema = z.object({ sessionId: recordIdSchema, requestId: recordIdSchema, decision: z.enum(["approve", "decline"]) });

export type DecideBookingRequestResult =
  { ok: true; name: string; decision: "approve"; status: "CONFIRMED" | "WAITLISTED" } | { ok: true; name: string; decision: "decline" } | RegistrationsRefusal;

/**
 * An organiser approves or declines a request for a place on a session that
 * needs approval. Approving books the place as a booking would, through the
 * same database function under the same session lock: a confirmed place while
 * there is room, else the next place on the waiting list, so approvals racing
 * bookings never oversell. The person gets the usual confirmation or
 * waiting-list email; declining queues a polite email saying so. Each
 * decision is made once (the request row is locked and must still be
 * waiting) and recorded in the audit log.
 */
export async function decideBookingRequest(db: PrismaClient, actor: CurrentUser, input: unknown, now: Date = new Date()): Promise<DecideBookingRequestResult> {
  assertOrganiser(actor);
  const parsed = decideBookingRequestSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  const { sessionId, requestId, decision } = parsed.data;
  return db.$transaction(
    async (tx): Promise<DecideBookingRequestResult> => {
      // Session first, then the request: the order a booking takes them in, so the two never wait on each other.
      const session = await lockSession(tx, sessionId);
      if (!session) return refuse("sessionNotFound");
      const [request] = await tx.$queryRaw<{ id: string; userId: string; status: string }[]>`
        SELECT id, "userId", status::text AS status FROM "BookingRequest" WHERE id = ${requestId} AND "sessionId" = ${sessionId} FOR UPDATE`;
      if (!request) return refuse("requestNotFound");
      if (request.status !== "PENDING") return refuse("requestAlreadyDecided");
      const {
        user: person,
        session: { title },
      } = await tx.bookingRequest.findUniqueOrThrow({
        where: { id: request.id },
        select: { user: { select: { name: true, email: true } }, session: { select: { title: true } } },
      });

      let booked: "CONFIRMED" | "WAITLISTED" | undefined;
      if (decision === "approve") {
        if (session.status === "CANCELLED") return refuse("sessionCancelled");
        try {
          const outcome = await registerForSession(tx, { userId: request.userId, sessionId, approving: true }, now);
          if (outcome.status === "REQUESTED") throw new Error("An approved booking came back as a request");
          booked = outcome.status;
        } catch (error) {
          if (error instanceof RegistrationError && error.code === "SESSION_STARTED") return refuse("sessionStarted");
          if (error instanceof RegistrationError && error.code === "SESSION_NOT_OPEN") return refuse("sessionNotOpen");
          throw error;
        }
      }
      await tx.bookingRequest.update({
        where: { id: request.id },
        data: { status: decision === "approve" ? "APPROVED" : "DECLINED", decidedAt: now, decidedById: actor.id },
      });
      if (decision === "decline") await queueBookingRequestEmail(tx, { kind: "DECLINED", requestId: request.id });
      await recordAuditEntry(tx, actor, {
        action: decision === "approve" ? "booking-request.approve" : "booking-request.decline",
        entityType: "registration",
        entityId: request.id,
        summary: `${person.name} (${person.email}), ${title}${booked ? `: ${booked === "CONFIRMED" ? "confirmed place" : "waiting list"}` : ""}`,
        before: { status: "PENDING" },
        after: { status: decision === "approve" ? "APPROVED" : "DECLINED", ...(booked ? { registration: booked } : {}) },
      });
      return booked ? { ok: true, name: person.name, decision: "approve", status: booked } : { ok: true, name: person.name, decision: "decline" };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
