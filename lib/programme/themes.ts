import "server-only";
import { prisma } from "../db";
import { publicEventWhere, listedSessionWhere } from "./public-visibility";
import { sessionSummarySelect, toSessionSummary } from "./session-summary";

export async function getThemePage(slug: string) {
  const theme = await prisma.theme.findFirst({
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
  const sessions = await prisma.session.findMany({
    where: { ...listedSessionWhere, themeId: theme.id },
    orderBy: { startsAt: "asc" },
    select: sessionSummarySelect,
  });
  return { theme, sessions: sessions.map(toSessionSummary) };
}

/** Everything public with an address of its own, for sitemap.xml. */
export async function listPublicPaths() {
  const [events, sessions, speakers, themes] = await Promise.all([
    prisma.event.findMany({ where: publicEventWhere, select: { slug: true, updatedAt: true } }),
    prisma.session.findMany({ where: listedSessionWhere, select: { slug: true, updatedAt: true } }),
    prisma.speaker.findMany({
      where: { sessions: { some: { session: listedSessionWhere } } },
      select: { slug: true, updatedAt: true },
    }),
    prisma.theme.findMany({ where: { event: publicEventWhere }, select: { slug: true, updatedAt: true } }),
  ]);
  return { events, sessions, speakers, themes };
}
