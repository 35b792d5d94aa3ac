import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import type { PrismaClient } from "../prisma-client";

const opportunitySelect = {
  id: true,
  team: true,
  teamCy: true,
  activity: true,
  description: true,
  descriptionCy: true,
  format: true,
  location: true,
  observersPerSlot: true,
  hostName: true,
  hostEmail: true,
  slots: {
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      bookings: {
        where: { status: "BOOKED" },
        orderBy: { createdAt: "asc" },
        select: { id: true, userId: true, user: { select: { name: true, email: true } }, reflectedAt: true },
      },
    },
  },
} as const;

/** A week's observation opportunities with their slots and who is booked on each (organisers). */
export async function listWeekObservations(db: PrismaClient, actor: CurrentUser, eventId: string) {
  assertOrganiser(actor);
  return db.observationOpportunity.findMany({ where: { eventId }, orderBy: [{ team: "asc" }, { createdAt: "asc" }], select: opportunitySelect });
}

/** One opportunity with its week, for its admin page. */
export async function getObservationOpportunity(db: PrismaClient, actor: CurrentUser, opportunityId: string) {
  assertOrganiser(actor);
  if (!/^[a-z0-9]{1,64}$/i.test(opportunityId)) return null;
  return db.observationOpportunity.findUnique({
    where: { id: opportunityId },
    select: { ...opportunitySelect, eventId: true, event: { select: { id: true, slug: true, title: true, timeZone: true, startDate: true } } },
  });
}

export type WeekObservation = Awaited<ReturnType<typeof listWeekObservations>>[number];

/**
 * Every observation of a week, booked or done, with the observer's
 * reflection: the quality-assurance report's table and CSV (organisers only).
 */
export async function listObservationReport(db: PrismaClient, actor: CurrentUser, eventId: string) {
  assertOrganiser(actor);
  return db.observationBooking.findMany({
    where: { status: "BOOKED", slot: { opportunity: { eventId } } },
    orderBy: [{ slot: { startsAt: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      workingWell: true,
      couldBeBetter: true,
      themes: true,
      followUp: true,
      reflectedAt: true,
      user: { select: { name: true, email: true, jobRole: true } },
      slot: { select: { startsAt: true, endsAt: true, opportunity: { select: { team: true, teamCy: true, activity: true, hostName: true } } } },
    },
  });
}

export type ObservationReportRow = Awaited<ReturnType<typeof listObservationReport>>[number];

/** The people an organiser has marked as senior leaders, by name. */
export async function listSeniorLeaders(db: PrismaClient, actor: CurrentUser) {
  assertOrganiser(actor);
  return db.user.findMany({ where: { seniorLeader: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, jobRole: true } });
}
