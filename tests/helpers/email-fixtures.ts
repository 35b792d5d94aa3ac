// People, sessions and registrations for the email tests, in a published week
// in June 2030 (British Summer Time, so local times differ from UTC) that no
// other test uses. Names carry a random suffix; `remove()` deletes it all.
import { randomBytes } from "node:crypto";
import type { RegistrationStatus, SessionFormat, SessionStatus } from "../../lib/generated/prisma/client";
import type { PrismaClient } from "../../lib/prisma-client";

export type SessionOptions = {
  name: string;
  startsAt: Date;
  minutes?: number;
  format?: SessionFormat;
  venue?: string | null;
  joinUrl?: string | null;
  capacity?: number | null;
  status?: SessionStatus;
  /** The Welsh title, if the organisers wrote one. */
  titleCy?: string | null;
};

export async function createEmailFixture(db: PrismaClient) {
  const suffix = randomBytes(4).toString("hex");
  const event = await db.event.create({
    data: {
      slug: `email-test-week-${suffix}`,
      title: "Email Test Week 2030",
      summary: "A week made by the email tests.",
      startDate: new Date("2030-06-17"),
      endDate: new Date("2030-06-21"),
      timeZone: "Europe/London",
      organiserName: "Test Organiser",
      status: "PUBLISHED",
      publishedAt: new Date("2030-01-01T00:00:00Z"),
    },
  });
  const userIds: string[] = [];

  return {
    suffix,
    event,

    session(options: SessionOptions) {
      const minutes = options.minutes ?? 90;
      return db.session.create({
        data: {
          eventId: event.id,
          slug: `${options.name}-${suffix}`,
          title: `${options.name.replace(/-/g, " ")} ${suffix}`,
          titleCy: options.titleCy ?? null,
          summary: "A session made by the email tests.",
          description: "A session made by the email tests.",
          startsAt: options.startsAt,
          endsAt: new Date(options.startsAt.getTime() + minutes * 60_000),
          format: options.format ?? "ONLINE",
          venue: options.venue === undefined ? "Microsoft Teams" : options.venue,
          joinUrl: options.joinUrl === undefined ? `https://meet.example.test/${suffix}` : options.joinUrl,
          capacity: options.capacity ?? null,
          status: options.status ?? "PUBLISHED",
          cancelledAt: options.status === "CANCELLED" ? new Date() : null,
        },
      });
    },

    async person(name: string, language: "ENGLISH" | "WELSH" | "BILINGUAL" = "ENGLISH") {
      const user = await db.user.create({ data: { email: `${name.toLowerCase()}-${suffix}@example.test`, name, language } });
      userIds.push(user.id);
      return user;
    },

    register(sessionId: string, userId: string, status: RegistrationStatus, waitlistPosition: number | null = null) {
      return db.registration.create({ data: { sessionId, userId, status, waitlistPosition } });
    },

    async remove() {
      // Sessions and registrations go with the event (cascade); people after.
      await db.event.delete({ where: { id: event.id } });
      await db.user.deleteMany({ where: { id: { in: userIds } } });
    },
  };
}

export type EmailFixture = Awaited<ReturnType<typeof createEmailFixture>>;
