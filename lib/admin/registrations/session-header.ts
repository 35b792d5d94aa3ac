import type { Prisma } from "../../generated/prisma/client";

/** What the registrations and attendance pages show about their session. */
export const sessionHeaderSelect = {
  id: true,
  slug: true,
  title: true,
  titleCy: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  status: true,
  event: { select: { id: true, slug: true, title: true, timeZone: true } },
} satisfies Prisma.SessionSelect;

export type SessionHeader = Prisma.SessionGetPayload<{ select: typeof sessionHeaderSelect }>;

/** The person behind a registration, as organisers see them. */
export const personSelect = {
  name: true,
  email: true,
  organisation: true,
  jobRole: true,
  regulator: true,
  registrationNumber: true,
} satisfies Prisma.UserSelect;

export type Person = Prisma.UserGetPayload<{ select: typeof personSelect }>;
