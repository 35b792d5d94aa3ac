import "server-only";
import { prisma } from "../db";
import { listedSessionWhere } from "./public-visibility";
import { sessionSummarySelect, toSessionSummary } from "./session-summary";

/** Speakers who appear in at least one public session, by name. */
export async function listPublicSpeakers() {
  return prisma.speaker.findMany({
    where: { sessions: { some: { session: listedSessionWhere } } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true },
  });
}

export async function getSpeakerPage(slug: string) {
  const speaker = await prisma.speaker.findFirst({
    where: { slug, sessions: { some: { session: listedSessionWhere } } },
    select: { id: true, slug: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true, bio: true, bioCy: true },
  });
  if (!speaker) return null;
  const sessions = await prisma.session.findMany({
    where: { ...listedSessionWhere, speakers: { some: { speakerId: speaker.id } } },
    orderBy: { startsAt: "asc" },
    select: sessionSummarySelect,
  });
  return { speaker, sessions: sessions.map(toSessionSummary) };
}
