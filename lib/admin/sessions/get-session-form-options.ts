import { startOfDay } from "date-fns";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

/** The weeks, their themes and the speakers a session form offers. */
export async function getSessionFormOptions(db: PrismaClient, actor: CurrentUser) {
  assertOrganiser(actor);
  const [events, themes, speakers] = await Promise.all([
    db.event.findMany({ orderBy: { startDate: "desc" }, select: { id: true, slug: true, title: true, startDate: true, endDate: true, timeZone: true } }),
    db.theme.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, eventId: true, name: true } }),
    db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, organisation: true, organisationCy: true } }),
  ]);
  return { events, themes, speakers };
}

export type SessionFormOptions = Awaited<ReturnType<typeof getSessionFormOptions>>;

/** The week a new session goes in unless the organiser picks another: the one asked for, else the one on now or next, else the latest. */
export function defaultEventId(events: SessionFormOptions["events"], requested: string | undefined, now: Date = new Date()): string {
  const today = startOfDay(now);
  const chosen =
    events.find((event) => event.slug === requested || event.id === requested) ?? [...events].reverse().find((event) => event.endDate >= today) ?? events[0];
  return chosen?.id ?? "";
}
