import { randomBytes } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { PrismaClient } from "../../lib/prisma-client";

// Records for integration tests, each with a unique slug, so test files can
// share the run's database without meeting each other's data. Pass what the
// test is about; everything else gets a plain default. Deleting the week
// deletes its themes and sessions (cascade); speakers are deleted apart.

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export async function createWeek(db: PrismaClient, data: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.event.create({
    data: {
      slug: `test-week-${suffix}`,
      title: `Test week ${suffix}`,
      summary: "A week made by a test.",
      startDate: new Date("2026-03-23T00:00:00Z"),
      endDate: new Date("2026-03-27T00:00:00Z"),
      organiserName: "Test organiser",
      status: "PUBLISHED",
      publishedAt: new Date(),
      ...data,
    },
  });
}

export async function createTheme(db: PrismaClient, eventId: string, data: Partial<Prisma.ThemeUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.theme.create({ data: { eventId, slug: `test-theme-${suffix}`, name: `Test theme ${suffix}`, summary: "A theme made by a test.", colour: "#1d4e89", ...data } });
}

export async function createSpeaker(db: PrismaClient, data: Partial<Prisma.SpeakerUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.speaker.create({ data: { slug: `test-speaker-${suffix}`, name: `Test speaker ${suffix}`, ...data } });
}

/** A published online session of the week, an hour from 10:00 UTC on its first day, unless told otherwise. */
export async function createSession(db: PrismaClient, eventId: string, data: Partial<Prisma.SessionUncheckedCreateInput> = {}, speakerIds: string[] = []) {
  const suffix = uniqueSuffix();
  return db.session.create({
    data: {
      eventId,
      slug: `test-session-${suffix}`,
      title: `Test session ${suffix}`,
      summary: "A session made by a test.",
      description: "What happens in it.",
      startsAt: new Date("2026-03-23T10:00:00Z"),
      endsAt: new Date("2026-03-23T11:00:00Z"),
      format: "ONLINE",
      venue: "Microsoft Teams",
      status: "PUBLISHED",
      ...data,
      speakers: { create: speakerIds.map((speakerId, index) => ({ speakerId, position: index + 1 })) },
    },
  });
}
