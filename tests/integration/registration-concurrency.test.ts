import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { registerForSession } from "@/lib/registration/register-for-session";
import { createSession, createUsers } from "@/tests/helpers/factories";

// Many people clicking "Book" at the same moment. Only meaningful on a real
// PostgreSQL server: the embedded PGlite is a single session that runs one
// transaction at a time, so every "concurrent" booking there is serialised
// before it reaches the database and the session row lock is never contended.
// On the embedded database this file reports its tests as skipped.

const suffix = randomBytes(4).toString("hex");
const prefix = `reg-rush-${suffix}`;
const emailDomain = `${prefix}.example.test`;
/** Connections in the pool: enough for 40 transactions to be in flight (and queue on the lock) at once. */
const POOL = 40;

/** Waits for every promise (none is left running into the next test), then fails on the first rejection. */
async function allSettled<T>(work: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(work);
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}

describe.runIf(inject("databaseKind") === "server")("registration under concurrency (real server)", () => {
  let db: PrismaClient;
  let eventId: string;
  let sessionCounter = 0;

  /** A published online session of the week, an hour long, each an hour after the last, with `capacity` places. */
  function sessionWithPlaces(capacity: number) {
    const number = ++sessionCounter;
    const startsAt = new Date(Date.UTC(2030, 5, 3, 9 + number));
    return createSession(db, eventId, { title: `Rush session ${number}`, startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60_000), capacity });
  }

  const rowsOf = (sessionId: string) =>
    db.registration.findMany({
      where: { sessionId },
      select: { id: true, userId: true, status: true, waitlistPosition: true, promotedAt: true },
    });

  const sortedPositions = (rows: { status: string; waitlistPosition: number | null }[]) =>
    rows
      .filter((row) => row.status === "WAITLISTED")
      .map((row) => row.waitlistPosition)
      .sort((a, b) => (a ?? 0) - (b ?? 0));

  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

  /** Counts confirmed places over and over while `work` runs; returns the highest count seen. */
  async function watchConfirmed<T>(sessionId: string, work: () => Promise<T>): Promise<{ result: T; highest: number }> {
    let done = false;
    let highest = 0;
    const watcher = (async () => {
      while (!done) {
        highest = Math.max(highest, await db.registration.count({ where: { sessionId, status: "CONFIRMED" } }));
      }
    })();
    let result: T;
    try {
      result = await work();
    } finally {
      done = true;
      await watcher;
    }
    return { result, highest };
  }

  let rushUsers: string[];

  beforeAll(async () => {
    db = createPrismaClient(inject("databaseUrl"), { max: POOL });
    const event = await db.event.create({
      data: {
        slug: `${prefix}-week`,
        title: "Registration rush week",
        summary: "A generated week for testing concurrent registration.",
        startDate: new Date("2030-06-03"),
        endDate: new Date("2030-06-07"),
        organiserName: "Test organiser",
        status: "PUBLISHED",
      },
      select: { id: true },
    });
    eventId = event.id;
    rushUsers = await createUsers(db, 200, { emailDomain });
    // Open every connection now, so that the rush below starts at once rather than one connect at a time.
    await allSettled(Array.from({ length: POOL }, () => db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(0.05)`)));
  });

  afterAll(async () => {
    if (!db) return;
    try {
      if (eventId) await db.event.deleteMany({ where: { id: eventId } });
      await db.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
    } finally {
      await db.$disconnect();
    }
  });

  it.each([1, 2, 3])("gives 20 places to exactly 20 of 200 people booking at once, and queues the rest in order (run %i)", async () => {
    const session = await sessionWithPlaces(20);
    const outcomes = await allSettled(rushUsers.map((userId) => registerForSession(db, { userId, sessionId: session.id })));

    expect(outcomes.filter((outcome) => outcome.status === "CONFIRMED")).toHaveLength(20);
    expect(outcomes.filter((outcome) => outcome.status === "WAITLISTED")).toHaveLength(180);
    expect(outcomes.some((outcome) => outcome.alreadyRegistered)).toBe(false);
    expect(new Set(outcomes.map((outcome) => outcome.registrationId)).size).toBe(200);

    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(200);
    expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(20);
    expect(rows.every((row) => (row.status === "WAITLISTED") === (row.waitlistPosition !== null))).toBe(true);
    expect(sortedPositions(rows)).toEqual(range(1, 180));

    // What each caller was told is what the database holds, for that person.
    const byId = new Map(rows.map((row) => [row.id, row]));
    outcomes.forEach((outcome, index) => {
      expect(byId.get(outcome.registrationId)).toMatchObject({ userId: rushUsers[index], status: outcome.status });
    });
  });

  it("keeps one registration when one person submits 50 times at once", async () => {
    const session = await sessionWithPlaces(20);
    const [userId] = await createUsers(db, 1, { emailDomain });
    const outcomes = await allSettled(Array.from({ length: 50 }, () => registerForSession(db, { userId: userId!, sessionId: session.id })));

    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId, status: "CONFIRMED" });
    expect(new Set(outcomes.map((outcome) => outcome.registrationId))).toEqual(new Set([rows[0]!.id]));
    expect(outcomes.every((outcome) => outcome.status === "CONFIRMED")).toBe(true);
    expect(outcomes.filter((outcome) => !outcome.alreadyRegistered)).toHaveLength(1);
  });

  it("gives places freed by cancellations during a rush to the front of the waiting list, never overbooking", async () => {
    const capacity = 20;
    const session = await sessionWithPlaces(capacity);
    const [holders, waiters, newcomers] = [rushUsers.slice(0, 20), rushUsers.slice(20, 50), rushUsers.slice(50, 80)];

    // 20 confirmed, then 30 waiting at positions 1..30, in a known order.
    const held = await allSettled(holders.map((userId) => registerForSession(db, { userId, sessionId: session.id })));
    expect(held.every((outcome) => outcome.status === "CONFIRMED")).toBe(true);
    const waiting: string[] = [];
    for (const userId of waiters) waiting.push((await registerForSession(db, { userId, sessionId: session.id })).registrationId);
    expect(sortedPositions(await rowsOf(session.id))).toEqual(range(1, 30));

    // At once: half the confirmed people cancel while 30 newcomers book.
    const leaving = held.slice(0, 10).map((outcome, index) => ({ userId: holders[index]!, registrationId: outcome.registrationId }));
    const { result, highest } = await watchConfirmed(session.id, () =>
      allSettled<unknown>([
        ...leaving.map((input) => cancelRegistration(db, input)),
        ...newcomers.map((userId) => registerForSession(db, { userId, sessionId: session.id })),
      ]),
    );
    const cancellations = result.slice(0, leaving.length) as Awaited<ReturnType<typeof cancelRegistration>>[];
    const bookings = result.slice(leaving.length) as Awaited<ReturnType<typeof registerForSession>>[];

    expect(highest).toBeLessThanOrEqual(capacity);
    // Each cancellation promoted exactly one person, and together they promoted the first ten waiting.
    expect(cancellations.every((outcome) => outcome.promotedRegistrationIds.length === 1)).toBe(true);
    expect(new Set(cancellations.flatMap((outcome) => outcome.promotedRegistrationIds))).toEqual(new Set(waiting.slice(0, 10)));
    // Nobody jumped the queue: every newcomer waits, behind everyone already waiting.
    expect(bookings.every((outcome) => outcome.status === "WAITLISTED")).toBe(true);

    const rows = await rowsOf(session.id);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(capacity);
    expect(
      rows
        .filter((row) => row.status === "CANCELLED")
        .map((row) => row.id)
        .sort(),
    ).toEqual(leaving.map((input) => input.registrationId).sort());
    for (const id of waiting.slice(0, 10)) {
      expect(byId.get(id)).toMatchObject({ status: "CONFIRMED", waitlistPosition: null, promotedAt: expect.any(Date) });
    }
    expect(waiting.slice(10).map((id) => byId.get(id)?.waitlistPosition)).toEqual(range(11, 30));
    expect(bookings.map((outcome) => byId.get(outcome.registrationId)?.waitlistPosition).sort((a, b) => a! - b!)).toEqual(range(31, 60));
  });
});
