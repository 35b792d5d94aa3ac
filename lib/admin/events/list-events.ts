import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";
import { localDayKey } from "../../programme/event-time";
import { assertOrganiser } from "../authorise";

export const eventSorts = ["newest", "oldest", "title", "sessions"] as const;
export type EventSort = (typeof eventSorts)[number];

export type EventListQuery = { q?: string; sort?: EventSort };

const orderBy: Record<EventSort, Prisma.EventOrderByWithRelationInput[]> = {
  newest: [{ startDate: "desc" }, { title: "asc" }],
  oldest: [{ startDate: "asc" }, { title: "asc" }],
  title: [{ title: "asc" }, { startDate: "desc" }],
  sessions: [{ sessions: { _count: "desc" } }, { startDate: "desc" }],
};

/** Reads ?q= and ?sort= from the list's address; anything unknown falls back to the default. */
export function parseEventListQuery(params: Record<string, string | string[] | undefined>): Required<EventListQuery> {
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const sort = eventSorts.find((value) => value === params.sort) ?? "newest";
  return { q, sort };
}

export type EventTiming = "past" | "current" | "upcoming";

/** Every week, drafts included, with how many sessions each has and whether it is past, on now or to come. */
export async function listEvents(db: PrismaClient, actor: CurrentUser, query: EventListQuery, now: Date = new Date()) {
  assertOrganiser(actor);
  const q = query.q?.trim();
  const events = await db.event.findMany({
    where: q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            { slug: { contains: q, mode: "insensitive" } },
            { organiserName: { contains: q, mode: "insensitive" } },
          ],
        }
      : undefined,
    orderBy: orderBy[query.sort ?? "newest"],
    select: { id: true, slug: true, title: true, startDate: true, endDate: true, timeZone: true, status: true, _count: { select: { sessions: true } } },
  });
  return events.map(({ _count, ...event }) => ({ ...event, sessionCount: _count.sessions, timing: eventTiming(event, now) }));
}

export function eventTiming(event: { startDate: Date; endDate: Date; timeZone: string }, now: Date): EventTiming {
  const today = localDayKey(now, event.timeZone);
  if (event.endDate.toISOString().slice(0, 10) < today) return "past";
  if (event.startDate.toISOString().slice(0, 10) > today) return "upcoming";
  return "current";
}

/** Weeks for a select (themes' week, the themes filter), newest first. */
export async function listEventChoices(db: PrismaClient, actor: CurrentUser) {
  assertOrganiser(actor);
  return db.event.findMany({ orderBy: [{ startDate: "desc" }, { title: "asc" }], select: { id: true, slug: true, title: true, startDate: true } });
}

/** The week an address names with ?event=, by id or by slug (other admin pages link either way). */
export function findEventChoice<T extends { id: string; slug: string }>(events: T[], idOrSlug: string): T | undefined {
  if (!idOrSlug) return undefined;
  return events.find((event) => event.id === idOrSlug) ?? events.find((event) => event.slug === idOrSlug);
}
