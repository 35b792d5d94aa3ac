import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { listedSessionWhere } from "./public-visibility";

// The sessions of a week as files for other programs publish them: the Frab
// schedule (lib/schedule/) and the week's and themes' calendar feeds
// (programme-calendar.ts). Listed sessions only (published or cancelled,
// never drafts, never those left out of the programme), of a published week
// (listedSessionWhere names the week's status, so a draft week's id gives
// nothing: the cached wrapper can be called with any id). Public fields
// only: no join link, no capacity or places, nobody who booked; speakers by
// their public name.

export const weekScheduleSessionSelect = {
  id: true,
  number: true,
  slug: true,
  title: true,
  titleCy: true,
  summary: true,
  summaryCy: true,
  description: true,
  descriptionCy: true,
  startsAt: true,
  endsAt: true,
  format: true,
  venue: true,
  venueCy: true,
  deliveryLanguage: true,
  status: true,
  updatedAt: true,
  theme: { select: { id: true, slug: true, name: true, nameCy: true, colour: true } },
  speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { id: true, name: true } } } },
} satisfies Prisma.SessionSelect;

export type WeekScheduleSession = Prisma.SessionGetPayload<{ select: typeof weekScheduleSessionSelect }>;

/** A published week's listed sessions, in time order (then by their number, so the order never depends on the database's whim). */
export async function listWeekScheduleSessions(db: PrismaClient, eventId: string): Promise<WeekScheduleSession[]> {
  return db.session.findMany({
    where: { ...listedSessionWhere, eventId },
    orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    select: weekScheduleSessionSelect,
  });
}
