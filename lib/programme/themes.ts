import "server-only";
import type { PrismaClient } from "../prisma-client";
import { publicEventWhere, listedSessionWhere } from "./public-visibility";
import { sessionSummarySelect, toSessionSummary } from "./session-summary";

export async function getThemePage(db: PrismaClient, slug: string) {
  const theme = await db.theme.findFirst({
    where: { slug, event: publicEventWhere },
    select: {
      id: true,
      slug: true,
      name: true,
      nameCy: true,
      summary: true,
      summaryCy: true,
      colour: true,
      event: { select: { slug: true, title: true, titleCy: true, timeZone: true } },
    },
  });
  if (!theme) return null;
  const sessions = await db.session.findMany({
    where: { ...listedSessionWhere, themeId: theme.id },
    orderBy: { startsAt: "asc" },
    select: sessionSummarySelect,
  });
  return { theme, sessions: sessions.map(toSessionSummary) };
}

/** Everything public with an address of its own, for sitemap.xml. */
export async function listPublicPaths(db: PrismaClient) {
  const [events, sessions, speakers, themes] = await Promise.all([
    db.event.findMany({ where: publicEventWhere, select: { slug: true, updatedAt: true } }),
    db.session.findMany({ where: listedSessionWhere, select: { slug: true, updatedAt: true } }),
    db.speaker.findMany({
      where: { sessions: { some: { session: listedSessionWhere } } },
      select: { slug: true, updatedAt: true },
    }),
    db.theme.findMany({ where: { event: publicEventWhere }, select: { slug: true, updatedAt: true } }),
  ]);
  return { events, sessions, speakers, themes };
}
