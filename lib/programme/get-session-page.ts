import "server-only";
import type { PrismaClient } from "../prisma-client";
import { bookingRuleSelect, effectiveBookingRule } from "../registration/booking-rule";
import { resourceOrder, resourceSelect } from "../resources/session-resources-view";
import { sessionCpdHours } from "./cpd-hours";
import type { Places } from "./places";
import { publicSessionWhere } from "./public-visibility";

/**
 * Everything the public session page shows, except places left (which change
 * with every booking and are added per request, see confirmed-counts.ts). The
 * join link is deliberately not selected: only confirmed registrants see it.
 * Of the session's resources (slides, recordings, reading), only those for
 * everyone are kept whole; of the others only their kind and who they are for
 * (for "people who attended can see more here"), never a link or a title.
 */
export async function getSessionPage(db: PrismaClient, slug: string) {
  const row = await db.session.findFirst({
    where: { ...publicSessionWhere, slug },
    select: {
      id: true,
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
      capacity: true,
      cpdHours: true,
      audiences: true,
      status: true,
      updatedAt: true,
      unlisted: true,
      accessProvided: true,
      peerDiscussion: true,
      ...bookingRuleSelect,
      event: {
        select: { slug: true, title: true, titleCy: true, timeZone: true, organiserName: true, organiserNameCy: true, ...bookingRuleSelect },
      },
      theme: { select: { slug: true, name: true, nameCy: true, colour: true } },
      speakers: {
        orderBy: { position: "asc" },
        select: {
          part: true,
          speaker: { select: { slug: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true } },
        },
      },
      resources: { orderBy: resourceOrder, select: resourceSelect },
    },
  });
  if (!row) return null;
  const { cpdHours, bookingRule, bookingDomains, bookingAudience, bookingAudienceCy, resources, ...rest } = row;
  return {
    ...rest,
    resources: resources.filter((resource) => resource.visibility === "EVERYONE"),
    restrictedResources: resources.filter((resource) => resource.visibility !== "EVERYONE").map(({ kind, visibility }) => ({ kind, visibility })),
    bookingRule: effectiveBookingRule({ bookingRule, bookingDomains, bookingAudience, bookingAudienceCy, event: row.event }),
    cpdHours: sessionCpdHours({ cpdHours, startsAt: row.startsAt, endsAt: row.endsAt }),
    cancelled: row.status === "CANCELLED",
  };
}

export type SessionPage = NonNullable<Awaited<ReturnType<typeof getSessionPage>>> & { places: Places };
