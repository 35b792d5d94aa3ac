import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { findClashes } from "@/lib/registration/find-clashes";
import { lockSession } from "@/lib/registration/lock-session";
import { promoteFromWaitingList } from "@/lib/registration/promote-from-waiting-list";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError, type RegistrationErrorCode } from "@/lib/registration/registration-errors";
import { createSession, createUser, createUsers, createWeek } from "@/tests/helpers/factories";

// The booking rules, one person at a time, against this run's fresh database.
// Everything here lives in a week of its own in 2030 (slugs and emails carry a
// random suffix), so the demo week is untouched; it is deleted in afterAll.

const suffix = randomBytes(4).toString("hex");
const prefix = `reg-rules-${suffix}`;
const emailDomain = `${prefix}.example.test`;

let eventId: string;
let draftEventId: string;
let sessionCounter = 0;

/** Every week here is in June 2030. */
const week = { startDate: new Date("2030-06-03"), endDate: new Date("2030-06-07"), publishedAt: null };

const defaultStart = new Date("2030-06-03T09:00:00Z");

/** A published online session of the week, an hour from 09:00 UTC on 3 June 2030, with 10 places, unless told otherwise. */
function bookableSession(options: Partial<Pick<Prisma.SessionUncheckedCreateInput, "eventId" | "capacity" | "status" | "startsAt" | "endsAt">> = {}) {
  const number = ++sessionCounter;
  const startsAt = new Date(options.startsAt ?? defaultStart);
  return createSession(prisma, options.eventId ?? eventId, {
    title: `Generated session ${number}`,
    capacity: 10,
    ...options,
    startsAt,
    endsAt: options.endsAt ?? new Date(startsAt.getTime() + 60 * 60_000),
  });
}

/** Books each person in turn (one at a time, so the order is known). */
async function bookInTurn(sessionId: string, userIds: string[]) {
  const outcomes = [];
  for (const userId of userIds) outcomes.push(await registerForSession(prisma, { userId, sessionId }));
  return outcomes;
}

function rowsOf(sessionId: string) {
  return prisma.registration.findMany({
    where: { sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Every registration in the database, so that "nothing written" means nothing anywhere. */
async function snapshot() {
  return prisma.registration.findMany({ orderBy: { id: "asc" } });
}

async function expectRefusal(promise: Promise<unknown>, code: RegistrationErrorCode) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RegistrationError);
  expect((error as RegistrationError).code).toBe(code);
}

beforeAll(async () => {
  eventId = (await createWeek(prisma, { ...week, slug: `${prefix}-week`, title: `Registration rules ${prefix}-week`, status: "PUBLISHED" })).id;
  draftEventId = (await createWeek(prisma, { ...week, slug: `${prefix}-draft-week`, title: `Registration rules ${prefix}-draft-week`, status: "DRAFT" })).id;
});

afterAll(async () => {
  // Sessions and registrations go with their events.
  await prisma.event.deleteMany({ where: { id: { in: [eventId, draftEventId].filter(Boolean) } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
});

describe("booking a place", () => {
  it("confirms while there are places, then waitlists at positions 1, 2, 3", async () => {
    const session = await bookableSession({ capacity: 2 });
    const people = await createUsers(prisma, 5, { emailDomain });
    const outcomes = await bookInTurn(session.id, people);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED", "WAITLISTED"]);
    expect(outcomes.every((outcome) => !outcome.alreadyRegistered)).toBe(true);

    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(5);
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    expect(people.map((userId) => byUser.get(userId)?.status)).toEqual(outcomes.map((outcome) => outcome.status));
    expect(people.map((userId) => byUser.get(userId)?.waitlistPosition)).toEqual([null, null, 1, 2, 3]);
    expect(people.map((userId) => byUser.get(userId)?.id)).toEqual(outcomes.map((outcome) => outcome.registrationId));
  });

  it("never waitlists a session with unlimited places", async () => {
    const session = await bookableSession({ capacity: null });
    const people = await createUsers(prisma, 30, { emailDomain });
    const outcomes = await bookInTurn(session.id, people);

    expect(outcomes.every((outcome) => outcome.status === "CONFIRMED")).toBe(true);
    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(30);
    expect(rows.every((row) => row.status === "CONFIRMED" && row.waitlistPosition === null)).toBe(true);
  });

  it("returns the same registration to a repeat booking and writes no second row", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [first, second] = await createUsers(prisma, 2, { emailDomain });

    const confirmed = await registerForSession(prisma, { userId: first!, sessionId: session.id });
    const confirmedAgain = await registerForSession(prisma, { userId: first!, sessionId: session.id });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", alreadyRegistered: false });
    expect(confirmedAgain).toEqual({ registrationId: confirmed.registrationId, status: "CONFIRMED", alreadyRegistered: true });

    // A repeat from someone waiting keeps their place in the queue.
    const waiting = await registerForSession(prisma, { userId: second!, sessionId: session.id });
    const waitingAgain = await registerForSession(prisma, { userId: second!, sessionId: session.id });
    expect(waitingAgain).toEqual({ registrationId: waiting.registrationId, status: "WAITLISTED", alreadyRegistered: true });

    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.userId === second)?.waitlistPosition).toBe(1);
  });
});

describe("refusing a booking, writing nothing", () => {
  type Case = { name: string; code: RegistrationErrorCode; sessionId: () => Promise<string>; now?: Date };
  const cases: Case[] = [
    { name: "an unknown session", code: "SESSION_NOT_FOUND", sessionId: async () => `no-such-session-${suffix}` },
    { name: "a draft session", code: "SESSION_NOT_OPEN", sessionId: async () => (await bookableSession({ status: "DRAFT" })).id },
    {
      name: "a published session of a draft week",
      code: "SESSION_NOT_OPEN",
      sessionId: async () => (await bookableSession({ eventId: draftEventId })).id,
    },
    { name: "a cancelled session", code: "SESSION_CANCELLED", sessionId: async () => (await bookableSession({ status: "CANCELLED" })).id },
    {
      name: "a session starting this very moment",
      code: "SESSION_STARTED",
      sessionId: async () => (await bookableSession()).id,
      now: defaultStart,
    },
    {
      name: "a session that has finished",
      code: "SESSION_STARTED",
      sessionId: async () => (await bookableSession()).id,
      now: new Date("2030-06-04T09:00:00Z"),
    },
  ];

  it.each(cases)("refuses $name with $code", async ({ code, sessionId, now }) => {
    const id = await sessionId();
    const { id: userId } = await createUser(prisma, { emailDomain });
    const before = await snapshot();
    await expectRefusal(registerForSession(prisma, { userId, sessionId: id }, now), code);
    expect(await snapshot()).toEqual(before);
  });

  it("still books one millisecond before the start", async () => {
    const session = await bookableSession();
    const { id: userId } = await createUser(prisma, { emailDomain });
    const outcome = await registerForSession(prisma, { userId, sessionId: session.id }, new Date(defaultStart.getTime() - 1));
    expect(outcome.status).toBe("CONFIRMED");
  });

  it("refuses to rebook a cancelled registration once the session has started, leaving it cancelled", async () => {
    const session = await bookableSession();
    const { id: userId } = await createUser(prisma, { emailDomain });
    const { registrationId } = await registerForSession(prisma, { userId, sessionId: session.id });
    await cancelRegistration(prisma, { userId, registrationId });
    const before = await snapshot();
    await expectRefusal(registerForSession(prisma, { userId, sessionId: session.id }, defaultStart), "SESSION_STARTED");
    expect(await snapshot()).toEqual(before);
  });
});

describe("cancelling", () => {
  it("cancels a confirmed place and gives it to the first person waiting", async () => {
    const session = await bookableSession({ capacity: 2 });
    const [a, b, c, d] = await createUsers(prisma, 4, { emailDomain });
    const [bookedA, , waitingC, waitingD] = await bookInTurn(session.id, [a!, b!, c!, d!]);
    const now = new Date("2030-05-01T12:00:00.000Z");

    const outcome = await cancelRegistration(prisma, { userId: a!, registrationId: bookedA!.registrationId }, now);
    expect(outcome).toEqual({
      registrationId: bookedA!.registrationId,
      sessionId: session.id,
      promotedRegistrationIds: [waitingC!.registrationId],
    });

    const rows = new Map((await rowsOf(session.id)).map((row) => [row.userId, row]));
    expect(rows.get(a!)).toMatchObject({ status: "CANCELLED", waitlistPosition: null, cancelledAt: now });
    expect(rows.get(c!)).toMatchObject({ id: waitingC!.registrationId, status: "CONFIRMED", waitlistPosition: null, promotedAt: now });
    expect(rows.get(d!)).toMatchObject({ id: waitingD!.registrationId, status: "WAITLISTED", promotedAt: null });
    expect([...rows.values()].filter((row) => row.status === "CONFIRMED")).toHaveLength(2);
  });

  it("promotes nobody when someone on the waiting list cancels", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [a, b, c] = await createUsers(prisma, 3, { emailDomain });
    const [, waitingB, waitingC] = await bookInTurn(session.id, [a!, b!, c!]);

    const outcome = await cancelRegistration(prisma, { userId: b!, registrationId: waitingB!.registrationId });
    expect(outcome.promotedRegistrationIds).toEqual([]);

    const rows = new Map((await rowsOf(session.id)).map((row) => [row.userId, row]));
    expect(rows.get(a!)?.status).toBe("CONFIRMED");
    expect(rows.get(b!)).toMatchObject({ status: "CANCELLED", waitlistPosition: null });
    expect(rows.get(c!)).toMatchObject({ id: waitingC!.registrationId, status: "WAITLISTED", promotedAt: null });
  });

  it("treats another person's registration as not found and changes nothing", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [owner, waiting, intruder] = await createUsers(prisma, 3, { emailDomain });
    const [booked] = await bookInTurn(session.id, [owner!, waiting!]);

    const before = await snapshot();
    await expectRefusal(cancelRegistration(prisma, { userId: intruder!, registrationId: booked!.registrationId }), "REGISTRATION_NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an unknown registration id", async () => {
    const { id: userId } = await createUser(prisma, { emailDomain });
    const before = await snapshot();
    await expectRefusal(cancelRegistration(prisma, { userId, registrationId: `no-such-registration-${suffix}` }), "REGISTRATION_NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("does no harm when the same registration is cancelled twice", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [a, b, c] = await createUsers(prisma, 3, { emailDomain });
    const [bookedA, waitingB] = await bookInTurn(session.id, [a!, b!, c!]);
    const firstTime = new Date("2030-05-01T12:00:00.000Z");

    const first = await cancelRegistration(prisma, { userId: a!, registrationId: bookedA!.registrationId }, firstTime);
    expect(first.promotedRegistrationIds).toEqual([waitingB!.registrationId]);
    const before = await snapshot();

    const second = await cancelRegistration(prisma, { userId: a!, registrationId: bookedA!.registrationId }, new Date("2030-05-02T12:00:00Z"));
    expect(second).toEqual({ registrationId: bookedA!.registrationId, sessionId: session.id, promotedRegistrationIds: [] });
    // Nobody else promoted, and the first cancellation's time kept.
    expect(await snapshot()).toEqual(before);
    const rows = new Map((await rowsOf(session.id)).map((row) => [row.userId, row]));
    expect(rows.get(a!)).toMatchObject({ status: "CANCELLED", cancelledAt: firstTime });
    expect(rows.get(c!)).toMatchObject({ status: "WAITLISTED", waitlistPosition: 2 });
  });

  it("reuses the same row when someone books again after cancelling", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [a, b] = await createUsers(prisma, 2, { emailDomain });
    const [bookedA] = await bookInTurn(session.id, [a!]);
    await cancelRegistration(prisma, { userId: a!, registrationId: bookedA!.registrationId });

    // Room again: confirmed, on the same row, with the cancellation cleared.
    const again = await registerForSession(prisma, { userId: a!, sessionId: session.id });
    expect(again).toEqual({ registrationId: bookedA!.registrationId, status: "CONFIRMED", alreadyRegistered: false });
    expect(await rowsOf(session.id)).toEqual([expect.objectContaining({ id: bookedA!.registrationId, status: "CONFIRMED", cancelledAt: null })]);

    // Cancelled again while someone else takes the place: back of the waiting list, still the same row.
    await cancelRegistration(prisma, { userId: a!, registrationId: bookedA!.registrationId });
    await registerForSession(prisma, { userId: b!, sessionId: session.id });
    const third = await registerForSession(prisma, { userId: a!, sessionId: session.id });
    expect(third).toEqual({ registrationId: bookedA!.registrationId, status: "WAITLISTED", alreadyRegistered: false });
    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.userId === a)).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1, cancelledAt: null, promotedAt: null });
  });
});

describe("promoting from the waiting list", () => {
  it("fills places added by raising the capacity, front of the queue first", async () => {
    const session = await bookableSession({ capacity: 2 });
    const people = await createUsers(prisma, 7, { emailDomain });
    const outcomes = await bookInTurn(session.id, people);
    const waitlisted = outcomes.slice(2).map((outcome) => outcome.registrationId);
    const now = new Date("2030-05-01T12:00:00.000Z");

    const promoted = await prisma.$transaction(async (tx) => {
      const locked = await lockSession(tx, session.id);
      if (!locked) throw new Error("session missing");
      await tx.session.update({ where: { id: session.id }, data: { capacity: 5 } });
      return promoteFromWaitingList(tx, { ...locked, capacity: 5 }, now);
    });
    expect(promoted).toEqual(waitlisted.slice(0, 3));

    const rows = new Map((await rowsOf(session.id)).map((row) => [row.id, row]));
    for (const id of waitlisted.slice(0, 3)) {
      expect(rows.get(id)).toMatchObject({ status: "CONFIRMED", waitlistPosition: null, promotedAt: now });
    }
    expect(waitlisted.slice(3).map((id) => rows.get(id)?.waitlistPosition)).toEqual([4, 5]);
    expect([...rows.values()].filter((row) => row.status === "CONFIRMED")).toHaveLength(5);

    // Full again: a second pass promotes nobody.
    const again = await prisma.$transaction(async (tx) => {
      const locked = await lockSession(tx, session.id);
      return promoteFromWaitingList(tx, locked!, now);
    });
    expect(again).toEqual([]);
  });

  it("promotes everyone waiting when the limit is removed", async () => {
    const session = await bookableSession({ capacity: 1 });
    const outcomes = await bookInTurn(session.id, await createUsers(prisma, 4, { emailDomain }));
    const promoted = await prisma.$transaction(async (tx) => {
      const locked = await lockSession(tx, session.id);
      await tx.session.update({ where: { id: session.id }, data: { capacity: null } });
      return promoteFromWaitingList(tx, { ...locked!, capacity: null }, new Date());
    });
    expect(promoted).toEqual(outcomes.slice(1).map((outcome) => outcome.registrationId));
    expect(await prisma.registration.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(4);
  });
});

describe("clashes", () => {
  it("finds an overlapping live booking, not one that merely touches or is elsewhere in the day", async () => {
    const at = (time: string) => new Date(`2030-06-05T${time}:00Z`);
    const target = await bookableSession({ startsAt: at("10:00"), endsAt: at("11:00") });
    const overlapping = await bookableSession({ startsAt: at("10:30"), endsAt: at("11:30") });
    const adjacent = await bookableSession({ startsAt: at("11:00"), endsAt: at("12:00") });
    const morning = await bookableSession({ startsAt: at("08:00"), endsAt: at("09:00") });
    const cancelledBooking = await bookableSession({ startsAt: at("09:30"), endsAt: at("10:30") });
    const { id: userId } = await createUser(prisma, { emailDomain });
    const { id: otherUserId } = await createUser(prisma, { emailDomain });

    for (const session of [overlapping, adjacent, morning, cancelledBooking]) {
      await registerForSession(prisma, { userId, sessionId: session.id });
    }
    const { registrationId } = await registerForSession(prisma, { userId, sessionId: cancelledBooking.id });
    await cancelRegistration(prisma, { userId, registrationId });

    const clashes = await findClashes(prisma, { userId, sessionId: target.id });
    expect(clashes.map((clash) => clash.session.slug)).toEqual([overlapping.slug]);
    expect(clashes[0]?.session).toMatchObject({ startsAt: at("10:30"), endsAt: at("11:30") });

    // Someone else's bookings are not the person's clashes, and an unknown session clashes with nothing.
    expect(await findClashes(prisma, { userId: otherUserId, sessionId: target.id })).toEqual([]);
    expect(await findClashes(prisma, { userId, sessionId: `no-such-session-${suffix}` })).toEqual([]);
  });
});
