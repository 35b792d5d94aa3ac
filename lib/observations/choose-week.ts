import type { PrismaClient } from "../prisma-client";

/**
 * The weeks an organiser can choose between on the observations pages, and
 * the one shown: `?event=` (a slug or id), else the current or next week,
 * else the latest.
 */
export async function chooseObservationWeek(db: PrismaClient, wanted: unknown, now: Date = new Date()) {
  const events = await db.event.findMany({
    orderBy: { startDate: "desc" },
    select: { id: true, slug: true, title: true, startDate: true, endDate: true, timeZone: true },
  });
  const today = new Date(now.toISOString().slice(0, 10));
  const event =
    events.find((candidate) => typeof wanted === "string" && (candidate.slug === wanted || candidate.id === wanted)) ??
    [...events].reverse().find((candidate) => candidate.endDate >= today) ??
    events[0] ??
    null;
  return { events, event };
}
