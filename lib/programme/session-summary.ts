import type { Prisma } from "../generated/prisma/client";
import { sessionCpdHours } from "./cpd-hours";
import { placesLeft } from "./places";

// What a listing needs to show a session (programme, theme, speaker pages):
// loaded with a fixed number of queries however many sessions there are.
export const sessionSummarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  format: true,
  venue: true,
  capacity: true,
  cpdHours: true,
  audiences: true,
  status: true,
  featured: true,
  event: { select: { slug: true, timeZone: true } },
  theme: { select: { slug: true, name: true, colour: true } },
  speakers: {
    orderBy: { position: "asc" },
    select: { part: true, speaker: { select: { slug: true, name: true, organisation: true } } },
  },
  _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
} satisfies Prisma.SessionSelect;

type SessionSummaryRow = Prisma.SessionGetPayload<{ select: typeof sessionSummarySelect }>;

export function toSessionSummary(row: SessionSummaryRow) {
  const { _count, cpdHours, ...rest } = row;
  return {
    ...rest,
    cpdHours: sessionCpdHours({ cpdHours, startsAt: row.startsAt, endsAt: row.endsAt }),
    places: placesLeft(row.capacity, _count.registrations),
    cancelled: row.status === "CANCELLED",
  };
}

export type SessionSummary = ReturnType<typeof toSessionSummary>;
