import "server-only";
import { startOfDay } from "date-fns";
import type { PrismaClient } from "../prisma-client";
import { publicEventWhere } from "./public-visibility";

const eventFields = {
  id: true,
  slug: true,
  title: true,
  titleCy: true,
  summary: true,
  summaryCy: true,
  description: true,
  descriptionCy: true,
  startDate: true,
  endDate: true,
  timeZone: true,
  audienceNote: true,
  audienceNoteCy: true,
  audiences: true,
  organiserName: true,
  organiserNameCy: true,
} as const;

/** The week the site leads with: the one on now or coming next, else the most recent. */
export async function getCurrentEvent(db: PrismaClient, now: Date = new Date()) {
  const today = startOfDay(now);
  const upcoming = await db.event.findFirst({
    where: { ...publicEventWhere, endDate: { gte: today } },
    orderBy: { startDate: "asc" },
    select: eventFields,
  });
  if (upcoming) return upcoming;
  return db.event.findFirst({ where: publicEventWhere, orderBy: { startDate: "desc" }, select: eventFields });
}

export async function getPublishedEvent(db: PrismaClient, slug: string) {
  return db.event.findFirst({ where: { ...publicEventWhere, slug }, select: eventFields });
}

export async function listPublishedEvents(db: PrismaClient) {
  return db.event.findMany({
    where: publicEventWhere,
    orderBy: { startDate: "desc" },
    select: eventFields,
  });
}

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getCurrentEvent>>>;
