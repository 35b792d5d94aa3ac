import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";
import { eventRecordSelect } from "./event-schema";

/** The week with what its edit page shows beside the form: counts of sessions and themes. */
export async function getEventForEditing(db: PrismaClient, actor: CurrentUser, eventId: string) {
  assertOrganiser(actor);
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { ...eventRecordSelect, updatedAt: true, _count: { select: { sessions: true, themes: true } } },
  });
  if (!event) return null;
  const { _count, ...rest } = event;
  return { ...rest, sessionCount: _count.sessions, themeCount: _count.themes };
}

export type EventForEditing = NonNullable<Awaited<ReturnType<typeof getEventForEditing>>>;
