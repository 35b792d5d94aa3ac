import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { localDayBounds } from "./event-time";
import type { ProgrammeFilters } from "./programme-filters";
import { publicEventWhere, listedSessionWhere } from "./public-visibility";
import { sessionSummarySelect, toSessionSummary } from "./session-summary";

export function programmeWhere(event: { id: string; timeZone: string }, filters: ProgrammeFilters): Prisma.SessionWhereInput {
  const where: Prisma.SessionWhereInput = { ...listedSessionWhere, eventId: event.id };
  const and: Prisma.SessionWhereInput[] = [];
  if (filters.day) {
    const { start, end } = localDayBounds(filters.day, event.timeZone);
    and.push({ startsAt: { gte: start, lt: end } });
  }
  if (filters.theme) and.push({ theme: { slug: filters.theme } });
  if (filters.format) and.push({ format: filters.format });
  if (filters.audience) and.push({ audiences: { has: filters.audience } });
  if (filters.language) and.push({ deliveryLanguage: filters.language });
  if (filters.q) {
    // The English and the Welsh alike, whatever the page's language: someone may
    // search a Welsh page in English or an English page in Welsh.
    const contains = { contains: filters.q, mode: "insensitive" } as const;
    and.push({
      OR: [
        { title: contains },
        { titleCy: contains },
        { summary: contains },
        { summaryCy: contains },
        { description: contains },
        { descriptionCy: contains },
        { theme: { OR: [{ name: contains }, { nameCy: contains }] } },
        { speakers: { some: { speaker: { OR: [{ name: contains }, { organisation: contains }, { organisationCy: contains }] } } } },
      ],
    });
  }
  return and.length ? { ...where, AND: and } : where;
}

/** The sessions of a week that match the filters, in time order. */
export async function listProgrammeSessions(db: PrismaClient, event: { id: string; timeZone: string }, filters: ProgrammeFilters) {
  const rows = await db.session.findMany({
    where: programmeWhere(event, filters),
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: sessionSummarySelect,
  });
  return rows.map(toSessionSummary);
}

export async function listFeaturedSessions(db: PrismaClient, eventId: string, take = 4) {
  const rows = await db.session.findMany({
    where: { ...listedSessionWhere, eventId, featured: true, status: "PUBLISHED" },
    orderBy: { startsAt: "asc" },
    take,
    select: sessionSummarySelect,
  });
  return rows.map(toSessionSummary);
}

/** A published week's themes; a draft week's id gives none (the cached wrapper is callable with any id). */
export async function listEventThemes(db: PrismaClient, eventId: string) {
  return db.theme.findMany({
    where: { eventId, event: publicEventWhere },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, nameCy: true, summary: true, summaryCy: true, colour: true },
  });
}

export async function countPublicSessions(db: PrismaClient, eventId: string) {
  return db.session.count({ where: { ...listedSessionWhere, eventId } });
}
