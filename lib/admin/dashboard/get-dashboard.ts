import "server-only";
import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../generated/prisma/client";
import { Audience } from "../../generated/prisma/enums";
import { assertOrganiser } from "../authorise";
import { aggregateDashboard, chooseDashboardEvent, type DashboardFigures } from "./aggregate-dashboard";

export const dashboardQuerySchema = z.object({
  event: z.string().trim().max(200).optional().catch(undefined),
});

export type DashboardEvent = {
  id: string;
  slug: string;
  title: string;
  status: "DRAFT" | "PUBLISHED";
  startDate: Date;
  endDate: Date;
  timeZone: string;
};

export type Dashboard = {
  /** Every week, newest first, for the week selector. */
  events: DashboardEvent[];
  event: DashboardEvent | null;
  figures: DashboardFigures | null;
};

type Labels = Parameters<typeof aggregateDashboard>[0]["labels"];

/**
 * The dashboard of one week in four queries whatever its size: the weeks, the
 * chosen week's published sessions and themes, and its registrations counted
 * by session, status and attendance in the database.
 */
export async function getDashboard(db: PrismaClient, actor: CurrentUser, input: { event?: string; now?: Date; labels: Labels }): Promise<Dashboard> {
  assertOrganiser(actor);
  const now = input.now ?? new Date();
  const { event: requested } = dashboardQuerySchema.parse({ event: input.event });

  const events = await db.event.findMany({
    orderBy: { startDate: "desc" },
    select: { id: true, slug: true, title: true, status: true, startDate: true, endDate: true, timeZone: true, audiences: true },
  });
  const chosen = chooseDashboardEvent(events, requested, now);
  const list = events.map(({ audiences: _audiences, ...event }) => event);
  if (!chosen) return { events: list, event: null, figures: null };

  const [sessions, themes, counts] = await Promise.all([
    db.session.findMany({
      where: { eventId: chosen.id, status: "PUBLISHED" },
      select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true, cpdHours: true, audiences: true, themeId: true },
    }),
    db.theme.findMany({ where: { eventId: chosen.id }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, colour: true } }),
    db.registration.groupBy({
      by: ["sessionId", "status", "attendance"],
      where: { session: { eventId: chosen.id, status: "PUBLISHED" } },
      _count: { _all: true },
    }),
  ]);

  const figures = aggregateDashboard({
    event: chosen,
    sessions,
    themes,
    counts: counts.map((row) => ({ sessionId: row.sessionId, status: row.status, attendance: row.attendance, count: row._count._all })),
    audienceOrder: Object.values(Audience),
    now,
    labels: input.labels,
  });
  const { audiences: _audiences, ...event } = chosen;
  return { events: list, event, figures };
}
