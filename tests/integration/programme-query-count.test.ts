import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { listProgrammeSessions } from "@/lib/programme/list-programme-sessions";
import { countQueries } from "../../scripts/support/count-queries";
import { createSession, createSpeaker, createTheme, createUser, createWeek } from "../helpers/factories";

// A week built for this test only, so it can grow without touching the demo
// data: every session themed, with one speaker and one confirmed booking.
async function weekOfSessions(slug: string, sessionCount: number) {
  const event = await createWeek(prisma, {
    slug,
    title: `Load week ${slug}`,
    startDate: new Date("2030-06-03"),
    endDate: new Date("2030-06-07"),
    publishedAt: null,
  });
  const theme = await createTheme(prisma, event.id, { slug: `${slug}-theme` });
  const speaker = await createSpeaker(prisma, { slug: `${slug}-speaker` });
  const user = await createUser(prisma, { email: `${slug}@example.test` });
  for (let index = 0; index < sessionCount; index++) {
    const startsAt = new Date(Date.UTC(2030, 5, 3 + (index % 5), 9 + (index % 8), 0));
    await createSession(
      prisma,
      event.id,
      {
        themeId: theme.id,
        slug: `${slug}-session-${index}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 60 * 60_000),
        capacity: 30,
        audiences: ["PRACTITIONERS"],
        registrations: { create: { userId: user.id, status: "CONFIRMED" } },
      },
      [speaker.id],
    );
  }
  return event;
}

const slugs = ["query-count-small", "query-count-large"];

afterAll(async () => {
  await prisma.event.deleteMany({ where: { slug: { in: slugs } } });
  await prisma.speaker.deleteMany({ where: { slug: { in: slugs.map((slug) => `${slug}-speaker`) } } });
  await prisma.user.deleteMany({ where: { email: { in: slugs.map((slug) => `${slug}@example.test`) } } });
});

describe("programme page data", () => {
  it("loads with the same number of queries for 5 or 200 sessions (no N+1)", async () => {
    const small = await weekOfSessions("query-count-small", 5);
    const large = await weekOfSessions("query-count-large", 200);

    // The cached listing and the per-request places left, together.
    const smallRun = await countQueries(async () => addPlaces(prisma, await listProgrammeSessions(prisma, small, {})));
    const largeRun = await countQueries(async () => addPlaces(prisma, await listProgrammeSessions(prisma, large, {})));

    expect(smallRun.result).toHaveLength(5);
    expect(largeRun.result).toHaveLength(200);
    expect(largeRun.result.every((session) => session.speakers.length === 1 && session.theme !== null)).toBe(true);
    expect(largeRun.result[0]?.places).toEqual({ kind: "available", left: 29 });
    expect(largeRun.queries).toBe(smallRun.queries);
    // At most 5 for the (cached) listing and one for places left, whatever the size.
    expect(largeRun.queries).toBeLessThanOrEqual(6);
    const placesOnly = await countQueries(() => addPlaces(prisma, largeRun.result));
    expect(placesOnly.queries).toBe(1);
    console.info(`programme query count: ${smallRun.queries} queries for 5 sessions, ${largeRun.queries} for 200`);
  }, 120_000);
});
