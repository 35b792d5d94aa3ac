import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";
import { speakerRecordSelect } from "./speaker-schema";

/** The speaker with every session they are in (any week, any status), earliest first. */
export async function getSpeakerForEditing(db: PrismaClient, actor: CurrentUser, speakerId: string) {
  assertOrganiser(actor);
  const speaker = await db.speaker.findUnique({
    where: { id: speakerId },
    select: {
      ...speakerRecordSelect,
      sessions: {
        orderBy: { session: { startsAt: "asc" } },
        select: {
          part: true,
          session: { select: { id: true, title: true, startsAt: true, status: true, event: { select: { title: true, timeZone: true } } } },
        },
      },
    },
  });
  if (!speaker) return null;
  const { sessions, ...rest } = speaker;
  return { ...rest, sessions: sessions.map(({ part, session }) => ({ ...session, part })) };
}

export type SpeakerForEditing = NonNullable<Awaited<ReturnType<typeof getSpeakerForEditing>>>;
