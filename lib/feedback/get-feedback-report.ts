import { assertOrganiser } from "../admin/authorise";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import { sessionHeaderSelect } from "../admin/registrations/session-header";
import type { CurrentUser } from "../auth/current-user";
import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { summariseFeedback, type FeedbackAnswer, type FeedbackSummary } from "./summarise-feedback";

const answerSelect = {
  relevance: true,
  quality: true,
  mostUseful: true,
  couldBeBetter: true,
  showName: true,
  createdAt: true,
  registration: { select: { sessionId: true, user: { select: { name: true } } } },
} satisfies Prisma.SessionFeedbackSelect;

type AnswerRow = Prisma.SessionFeedbackGetPayload<{ select: typeof answerSelect }>;

/** An answer as organisers may see it: the name only where the person agreed. */
function asAnswer(row: AnswerRow): FeedbackAnswer {
  return {
    relevance: row.relevance,
    quality: row.quality,
    mostUseful: row.mostUseful,
    couldBeBetter: row.couldBeBetter,
    name: row.showName ? row.registration.user.name : null,
    createdAt: row.createdAt,
  };
}

/** One session's feedback for organisers: the answers against attendance, the scales, and the written answers where there are enough. */
export async function getSessionFeedbackReport(db: PrismaClient, actor: CurrentUser, sessionId: string) {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(sessionId);
  if (!id.success) return null;
  const session = await db.session.findUnique({ where: { id: id.data }, select: sessionHeaderSelect });
  if (!session) return null;
  const [attended, rows] = await Promise.all([
    db.registration.count({ where: { sessionId: session.id, status: "CONFIRMED", attendance: "ATTENDED" } }),
    db.sessionFeedback.findMany({ where: { registration: { sessionId: session.id } }, select: answerSelect }),
  ]);
  return { session, attended, summary: summariseFeedback(rows.map(asAnswer)) };
}

export type WeekFeedbackRow = { id: string; title: string; startsAt: Date; attended: number; summary: FeedbackSummary };

/** A week's feedback: every session with its answers and averages, and the week's scales as a whole (written answers stay per session). */
export async function getWeekFeedbackReport(db: PrismaClient, actor: CurrentUser, eventId: string) {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(eventId);
  if (!id.success) return null;
  const event = await db.event.findUnique({
    where: { id: id.data },
    select: { id: true, title: true, titleCy: true, timeZone: true, startDate: true, endDate: true },
  });
  if (!event) return null;
  const [sessions, attendedCounts, rows] = await Promise.all([
    db.session.findMany({
      where: { eventId: event.id, status: { not: "DRAFT" } },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
      select: { id: true, title: true, startsAt: true },
    }),
    db.registration.groupBy({
      by: ["sessionId"],
      where: { session: { eventId: event.id }, status: "CONFIRMED", attendance: "ATTENDED" },
      _count: { _all: true },
    }),
    db.sessionFeedback.findMany({ where: { registration: { session: { eventId: event.id } } }, select: answerSelect }),
  ]);
  const attendedBySession = new Map(attendedCounts.map((group) => [group.sessionId, group._count._all]));
  const answers = rows.map((row) => ({ sessionId: row.registration.sessionId, answer: asAnswer(row) }));
  const perSession: WeekFeedbackRow[] = sessions.map((session) => ({
    ...session,
    attended: attendedBySession.get(session.id) ?? 0,
    summary: summariseFeedback(answers.filter((answer) => answer.sessionId === session.id).map((answer) => answer.answer)),
  }));
  const whole = summariseFeedback(answers.map((answer) => answer.answer));
  return {
    event,
    attended: perSession.reduce((sum, session) => sum + session.attended, 0),
    sessions: perSession,
    summary: { ...whole, written: null },
  };
}
