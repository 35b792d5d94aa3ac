import "server-only";
import { prisma } from "../db";
import { sessionCpdHours } from "./cpd-hours";
import { placesLeft } from "./places";
import { publicSessionWhere } from "./public-visibility";

/**
 * Everything the public session page shows. The join link is deliberately
 * not selected: only confirmed registrants will see it (accounts issue).
 */
export async function getSessionPage(slug: string) {
  const row = await prisma.session.findFirst({
    where: { ...publicSessionWhere, slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      startsAt: true,
      endsAt: true,
      format: true,
      venue: true,
      capacity: true,
      cpdHours: true,
      audiences: true,
      status: true,
      updatedAt: true,
      event: { select: { slug: true, title: true, timeZone: true, organiserName: true } },
      theme: { select: { slug: true, name: true, colour: true } },
      speakers: {
        orderBy: { position: "asc" },
        select: {
          part: true,
          speaker: { select: { slug: true, name: true, role: true, organisation: true } },
        },
      },
      _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
    },
  });
  if (!row) return null;
  const { _count, cpdHours, ...rest } = row;
  return {
    ...rest,
    cpdHours: sessionCpdHours({ cpdHours, startsAt: row.startsAt, endsAt: row.endsAt }),
    places: placesLeft(row.capacity, _count.registrations),
    cancelled: row.status === "CANCELLED",
  };
}

export type SessionPage = NonNullable<Awaited<ReturnType<typeof getSessionPage>>>;
