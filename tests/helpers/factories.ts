import { randomBytes } from "node:crypto";
import type { AuthenticatedUser } from "../../lib/auth/authenticate";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { PrismaClient } from "../../lib/prisma-client";

// Records for integration tests, each with a unique slug, so test files can
// share the run's database without meeting each other's data. Pass what the
// test is about; everything else gets a plain default. Deleting the week
// deletes its themes and sessions (cascade); speakers and people are deleted
// apart (people by their email's domain: pass `emailDomain`).

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
  return db.theme.create({
    data: { eventId, slug: `test-theme-${suffix}`, name: `Test theme ${suffix}`, summary: "A theme made by a test.", colour: "#1d4e89", ...data },
  });
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

/**
 * A person with an account (no password), shaped as a signed-in user: what
 * the domain functions take (CurrentUser), with the session version a session
 * token is issued for (issueSessionToken). The email is unique at `emailDomain`
 * (example.test unless told), so a file deletes everyone it made by domain;
 * pass `email` for an address of the test's choosing, and role, name,
 * language, regulator or anything else the test is about.
 */
export async function createUser(db: PrismaClient, data: Partial<Prisma.UserUncheckedCreateInput> & { emailDomain?: string } = {}): Promise<AuthenticatedUser> {
  const { emailDomain = "example.test", ...fields } = data;
  const suffix = uniqueSuffix();
  return db.user.create({
    data: { email: `person-${suffix}@${emailDomain}`, name: `Test person ${suffix}`, ...fields },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

/**
 * `count` people made in one statement (for tests about a crowd), numbered
 * in the order made; returns their ids in that order. Each gets a unique
 * email at `emailDomain` (example.test unless told).
 */
export async function createUsers(db: PrismaClient, count: number, data: { emailDomain?: string } = {}): Promise<string[]> {
  const { emailDomain = "example.test" } = data;
  const suffix = uniqueSuffix();
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({ email: `person-${suffix}-${index + 1}@${emailDomain}`, name: `Person ${index + 1} (${suffix})` })),
    select: { id: true },
  });
  return users.map((user) => user.id);
}
