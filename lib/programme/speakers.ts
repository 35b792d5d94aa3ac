import "server-only";
import type { PrismaClient } from "../prisma-client";
import { listedSessionWhere } from "./public-visibility";
import { sessionSummarySelect, toSessionSummary } from "./session-summary";

/** Speakers who appear in at least one public session, by name. */
export async function listPublicSpeakers(db: PrismaClient) {
  return db.speaker.findMany({
    where: { sessions: { some: { session: listedSessionWhere } } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true },
  });
}

export async function getSpeakerPage(db: PrismaClient, slug: string) {
  const speaker = await db.speaker.findFirst({
    where: { slug, sessions: { some: { session: listedSessionWhere } } },
    select: { id: true, slug: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true, bio: true, bioCy: true },
  });
  if (!speaker) return null;
  const sessions = await db.session.findMany({
    where: { ...listedSessionWhere, speakers: { some: { speakerId: speaker.id } } },
    orderBy: { startsAt: "asc" },
    select: sessionSummarySelect,
  });
  return { speaker, sessions: sessions.map(toSessionSummary) };
}
