import { startOfDay } from "date-fns";
import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";
import { sortSessions, type SessionListFilters } from "./session-list-filters";

const eventSelect = { id: true, slug: true, title: true, startDate: true, endDate: true, timeZone: true, status: true } satisfies Prisma.EventSelect;

/**
 * The organisers' list of one week's sessions (drafts and cancelled ones too),
 * filtered and sorted, with confirmed and waiting-list counts. Without a week
 * chosen it shows the one on now or coming next, else the latest.
 */
export async function listAdminSessions(db: PrismaClient, actor: CurrentUser, filters: SessionListFilters, now: Date = new Date()) {
  assertOrganiser(actor);
  const events = await db.event.findMany({ orderBy: { startDate: "desc" }, select: eventSelect });
  const today = startOfDay(now);
  const event =
    // ?event= takes the week's slug (readable links) or its id (as other admin pages link here).
    events.find((candidate) => candidate.slug === filters.event || candidate.id === filters.event) ??
    [...events].reverse().find((candidate) => candidate.endDate >= today) ??
    events[0] ??
    null;
  if (!event) return { events, event: null, themes: [], sessions: [], totalInWeek: 0 };

  const themes = await db.theme.findMany({
    where: { eventId: event.id },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true },
  });
  const where: Prisma.SessionWhereInput = { eventId: event.id };
  if (filters.status) where.status = filters.status;
  if (filters.theme === "none") where.themeId = null;
  else if (filters.theme) where.theme = { slug: filters.theme };
  if (filters.q) {
    where.OR = [
      { title: { contains: filters.q, mode: "insensitive" } },
      // Organisers search in either language, as the public programme does.
      { titleCy: { contains: filters.q, mode: "insensitive" } },
      { slug: { contains: filters.q, mode: "insensitive" } },
      { venue: { contains: filters.q, mode: "insensitive" } },
      { speakers: { some: { speaker: { name: { contains: filters.q, mode: "insensitive" } } } } },
    ];
  }
  const [rows, counts, totalInWeek] = await Promise.all([
    db.session.findMany({
      where,
      select: {
        id: true,
        slug: true,
        title: true,
        titleCy: true,
        startsAt: true,
        endsAt: true,
        status: true,
        format: true,
        capacity: true,
        theme: { select: { name: true, nameCy: true } },
      },
    }),
    db.registration.groupBy({ by: ["sessionId", "status"], where: { session: where }, _count: { _all: true } }),
    db.session.count({ where: { eventId: event.id } }),
  ]);
  const count = (sessionId: string, status: "CONFIRMED" | "WAITLISTED") =>
    counts.find((group) => group.sessionId === sessionId && group.status === status)?._count._all ?? 0;
  const sessions = sortSessions(
    rows.map((row) => ({ ...row, confirmed: count(row.id, "CONFIRMED"), waitlisted: count(row.id, "WAITLISTED") })),
    filters.sort,
  );
  return { events, event, themes, sessions, totalInWeek };
}

export type AdminSessionList = Awaited<ReturnType<typeof listAdminSessions>>;
export type AdminSessionRow = AdminSessionList["sessions"][number];
