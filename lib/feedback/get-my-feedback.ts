import { recordIdSchema } from "../admin/registrations/registration-schemas";
import type { PrismaClient } from "../prisma-client";

/**
 * The feedback page of one of the caller's sessions: the session, what they
 * gave (if they have), and their CPD entry's "what I learnt", which the form
 * offers as the start of "most useful" when feedback comes after the entry.
 * Null unless the caller attended it.
 */
export async function getMyFeedback(db: PrismaClient, userId: string, registrationId: string) {
  const id = recordIdSchema.safeParse(registrationId);
  if (!id.success) return null;
  const registration = await db.registration.findFirst({
    where: { id: id.data, userId, status: "CONFIRMED", attendance: "ATTENDED" },
    select: {
      id: true,
      session: { select: { slug: true, title: true, titleCy: true, startsAt: true, endsAt: true, event: { select: { timeZone: true } } } },
      feedback: { select: { relevance: true, quality: true, mostUseful: true, couldBeBetter: true, showName: true, createdAt: true } },
      cpdEntry: { select: { id: true, learning: true } },
    },
  });
  return registration;
}

export type MyFeedback = NonNullable<Awaited<ReturnType<typeof getMyFeedback>>>;

/** Sessions the person attended, that have ended, with no feedback yet: the newest first, for their account page. */
export async function listFeedbackDue(db: PrismaClient, userId: string, now = new Date()) {
  return db.registration.findMany({
    where: { userId, status: "CONFIRMED", attendance: "ATTENDED", feedback: null, session: { endsAt: { lte: now }, status: { not: "CANCELLED" } } },
    orderBy: { session: { startsAt: "desc" } },
    take: 10,
    select: { id: true, session: { select: { title: true, titleCy: true, startsAt: true, event: { select: { timeZone: true } } } } },
  });
}

/** For a session page: the caller's attended registration of a session that has ended, and whether they gave feedback. */
export async function findMyFeedbackLink(db: PrismaClient, userId: string, sessionId: string, now = new Date()) {
  const registration = await db.registration.findFirst({
    where: { sessionId, userId, status: "CONFIRMED", attendance: "ATTENDED", session: { endsAt: { lte: now } } },
    select: { id: true, feedback: { select: { id: true } } },
  });
  return registration ? { registrationId: registration.id, given: registration.feedback !== null } : null;
}
