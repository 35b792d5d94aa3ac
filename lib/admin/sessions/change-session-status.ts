import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { Prisma } from "../../generated/prisma/client";
import { queueRegistrationEmails } from "../../jobs/registration-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { lockSession, type LockedSession } from "../../registration/lock-session";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";

// A session goes draft → published → cancelled. It may go back from published
// to draft only while nobody holds or waits for a place (they would lose it
// without being told); a cancelled session stays cancelled.

/** Catalogue keys (admin.sessions.problems.*) for a change that is not allowed now. */
export type StatusProblem = "notFound" | "notDraft" | "notPublished" | "hasRegistrations" | "onlyPublishedCancel" | "hasStarted";

export type StatusChangeResult = Result<object, StatusProblem>;

type StatusChange = (
  tx: Prisma.TransactionClient,
  session: LockedSession,
) => Promise<StatusProblem | { status: "DRAFT" | "PUBLISHED" | "CANCELLED"; cancelledAt?: Date }>;

async function changeStatus(db: PrismaClient, actor: CurrentUser, sessionId: string, action: string, decide: StatusChange) {
  assertOrganiser(actor);
  return db.$transaction(
    async (tx) => {
      const session = await lockSession(tx, sessionId);
      if (!session) return { ok: false as const, refusal: "notFound" as const };
      const decision = await decide(tx, session);
      if (typeof decision === "string") return { ok: false as const, refusal: decision };
      const updated = await tx.session.update({
        where: { id: sessionId },
        data: { status: decision.status, ...(decision.cancelledAt ? { cancelledAt: decision.cancelledAt } : {}) },
        select: { title: true, status: true, cancelledAt: true },
      });
      const registrationIds =
        decision.status === "CANCELLED"
          ? (await tx.registration.findMany({ where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] } }, select: { id: true } })).map((r) => r.id)
          : [];
      await queueRegistrationEmails(
        tx,
        registrationIds.map((registrationId) => ({ kind: "SESSION_CANCELLED", registrationId })),
      );
      await recordAuditEntry(tx, actor, {
        action,
        entityType: "session",
        entityId: sessionId,
        summary: decision.status === "CANCELLED" ? `${updated.title} (${registrationIds.length} registered people emailed)` : updated.title,
        before: { status: session.status },
        after: {
          status: updated.status,
          cancelledAt: updated.cancelledAt,
          ...(decision.status === "CANCELLED" ? { emailedRegistrationIds: registrationIds } : {}),
        },
      });
      return { ok: true as const, registrationIds };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/** Draft → published: the session appears on the public programme and can be booked. */
export async function publishSession(db: PrismaClient, actor: CurrentUser, sessionId: string): Promise<StatusChangeResult> {
  const result = await changeStatus(db, actor, sessionId, "session.publish", async (_tx, session) =>
    session.status === "DRAFT" ? { status: "PUBLISHED" } : "notDraft",
  );
  return result.ok ? { ok: true } : result;
}

/** Published → draft, only while nobody is booked or waiting. */
export async function unpublishSession(db: PrismaClient, actor: CurrentUser, sessionId: string): Promise<StatusChangeResult> {
  const result = await changeStatus(db, actor, sessionId, "session.unpublish", async (tx, session) => {
    if (session.status !== "PUBLISHED") return "notPublished";
    const active = await tx.registration.count({ where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] } } });
    return active > 0 ? "hasRegistrations" : { status: "DRAFT" };
  });
  return result.ok ? { ok: true } : result;
}

export type CancelSessionResult = Result<{ emailed: number }, StatusProblem>;

/**
 * Published → cancelled, before it starts. Bookings are kept as they were (they are the record
 * of who was booked); everyone confirmed or waiting is emailed (queued in the
 * same transaction), and their calendars show the session cancelled.
 */
export async function cancelSession(db: PrismaClient, actor: CurrentUser, sessionId: string, now: Date = new Date()): Promise<CancelSessionResult> {
  const result = await changeStatus(db, actor, sessionId, "session.cancel", async (_tx, session) => {
    if (session.status !== "PUBLISHED") return "onlyPublishedCancel";
    // Telling people a session that has begun (or taken place) is off would only confuse them.
    return session.startsAt <= now ? "hasStarted" : { status: "CANCELLED", cancelledAt: now };
  });
  if (!result.ok) return result;
  return { ok: true, emailed: result.registrationIds.length };
}
