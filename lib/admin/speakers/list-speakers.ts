import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

export const speakerSorts = ["name", "organisation", "sessions"] as const;
export type SpeakerSort = (typeof speakerSorts)[number];

export type SpeakerListQuery = { q: string; sort: SpeakerSort };

/** Reads ?q= and ?sort= from the list's address; anything unknown falls back to the default. */
export function parseSpeakerListQuery(params: Record<string, string | string[] | undefined>): SpeakerListQuery {
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const sort = speakerSorts.find((value) => value === params.sort) ?? "name";
  return { q, sort };
}

const orderBy: Record<SpeakerSort, Prisma.SpeakerOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }],
  // Speakers without an organisation come last, not first.
  organisation: [{ organisation: { sort: "asc", nulls: "last" } }, { name: "asc" }],
  sessions: [{ sessions: { _count: "desc" } }, { name: "asc" }],
};

/** Every speaker, searched by name or organisation (in English or Welsh), with how many sessions each is in. */
export async function listSpeakers(db: PrismaClient, actor: CurrentUser, query: SpeakerListQuery) {
  assertOrganiser(actor);
  const speakers = await db.speaker.findMany({
    where: query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { organisation: { contains: query.q, mode: "insensitive" } },
            { organisationCy: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : undefined,
    orderBy: orderBy[query.sort],
    select: { id: true, slug: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true, _count: { select: { sessions: true } } },
  });
  return speakers.map(({ _count, ...speaker }) => ({ ...speaker, sessionCount: _count.sessions }));
}
