import type { PrismaClient } from "../prisma-client";
import { publicEventWhere } from "../programme/public-visibility";

/**
 * What a senior leader's observations page shows: the opportunities of
 * published weeks still to come (or under way), with each slot's places left
 * and whether the leader holds one; and the leader's own observations, the
 * past ones with their reflection (or the link to write it).
 */
export async function listObservationsForLeader(db: PrismaClient, userId: string, now: Date = new Date()) {
  const [opportunities, mine] = await Promise.all([
    db.observationOpportunity.findMany({
      where: { event: { ...publicEventWhere, endDate: { gte: new Date(now.toISOString().slice(0, 10)) } } },
      orderBy: [{ event: { startDate: "asc" } }, { team: "asc" }],
      select: {
        id: true,
        team: true,
        teamCy: true,
        activity: true,
        description: true,
        descriptionCy: true,
        format: true,
        location: true,
        observersPerSlot: true,
        event: { select: { title: true, titleCy: true, timeZone: true } },
        slots: {
          where: { startsAt: { gt: now } },
          orderBy: { startsAt: "asc" },
          select: { id: true, startsAt: true, endsAt: true, bookings: { where: { status: "BOOKED" }, select: { userId: true } } },
        },
      },
    }),
    db.observationBooking.findMany({
      where: { userId, status: "BOOKED" },
      orderBy: { slot: { startsAt: "asc" } },
      select: {
        id: true,
        reflectedAt: true,
        cpdEntry: { select: { id: true } },
        slot: {
          select: {
            startsAt: true,
            endsAt: true,
            opportunity: {
              select: { team: true, teamCy: true, activity: true, format: true, location: true, hostName: true, event: { select: { timeZone: true } } },
            },
          },
        },
      },
    }),
  ]);
  return {
    opportunities: opportunities.map(({ slots, ...opportunity }) => ({
      ...opportunity,
      slots: slots.map(({ bookings, ...slot }) => ({
        ...slot,
        left: Math.max(0, opportunity.observersPerSlot - bookings.length),
        mine: bookings.some((booking) => booking.userId === userId),
      })),
    })),
    mine: mine.map((booking) => ({ ...booking, past: booking.slot.startsAt <= now })),
  };
}

export type LeaderObservations = Awaited<ReturnType<typeof listObservationsForLeader>>;
