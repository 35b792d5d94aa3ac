import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { changeSelfCheckIn } from "@/lib/cpd/check-in/change-self-check-in";
import { CHECK_IN_ALPHABET, generateCheckInCode } from "@/lib/cpd/check-in/check-in-code";
import { checkInToSession } from "@/lib/cpd/check-in/check-in-to-session";
import { listOpenCheckIns } from "@/lib/cpd/check-in/list-open-check-ins";
import { prisma } from "@/lib/db";
import { createUser } from "@/tests/helpers/factories";

// Self check-in against this run's database, in a generated week of 2032 (deleted in afterAll).

const suffix = randomBytes(4).toString("hex");
const prefix = `cpd-check-in-${suffix}`;
const startsAt = new Date("2032-05-04T09:00:00Z");
const endsAt = new Date("2032-05-04T10:00:00Z");
const during = new Date("2032-05-04T09:30:00Z");
let eventId: string;
let sessionId: string;
let organiser: { id: string; email: string; name: string; role: "ORGANISER" };
let attendee: { id: string; email: string; name: string; role: "ATTENDEE" };
let other: { id: string };
let registrationId: string;
let othersRegistrationId: string;

async function code() {
  return (await prisma.session.findUniqueOrThrow({ where: { id: sessionId }, select: { checkInCode: true } })).checkInCode ?? "";
}

async function attendance(id: string) {
  return prisma.registration.findUniqueOrThrow({ where: { id }, select: { attendance: true, selfCheckedInAt: true } });
}

beforeAll(async () => {
  eventId = (
    await prisma.event.create({
      data: {
        slug: prefix,
        title: `Check-in week ${suffix}`,
        summary: "Generated",
        startDate: new Date("2032-05-03"),
        endDate: new Date("2032-05-07"),
        organiserName: "Test organiser",
        status: "PUBLISHED",
      },
      select: { id: true },
    })
  ).id;
  sessionId = (
    await prisma.session.create({
      data: {
        eventId,
        slug: `${prefix}-session`,
        title: "Check-in session",
        summary: "Generated",
        description: "Generated",
        startsAt,
        endsAt,
        format: "IN_PERSON",
        status: "PUBLISHED",
      },
      select: { id: true },
    })
  ).id;
  const emailDomain = `${prefix}.example.test`;
  organiser = (await createUser(prisma, { emailDomain, name: "organiser", role: "ORGANISER" })) as typeof organiser;
  attendee = (await createUser(prisma, { emailDomain, name: "attendee", role: "ATTENDEE" })) as typeof attendee;
  other = await createUser(prisma, { emailDomain, name: "other", role: "ATTENDEE" });
  registrationId = (await prisma.registration.create({ data: { sessionId, userId: attendee.id, status: "CONFIRMED" }, select: { id: true } })).id;
  othersRegistrationId = (await prisma.registration.create({ data: { sessionId, userId: other.id, status: "CONFIRMED" }, select: { id: true } })).id;
});

afterAll(async () => {
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { in: [`check-in:${attendee.id}`, `check-in:${other.id}`] } } });
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser.id } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${prefix}.example.test` } } });
});

describe("check-in codes", () => {
  it("are 6 characters from the unambiguous alphabet, and differ", () => {
    const codes = Array.from({ length: 200 }, generateCheckInCode);
    for (const value of codes) expect(value).toMatch(new RegExp(`^[${CHECK_IN_ALPHABET}]{6}$`));
    expect(new Set(codes).size).toBeGreaterThan(195);
    expect(CHECK_IN_ALPHABET).not.toMatch(/[01OIL]/);
  });
});

describe("organisers turning self check-in on", () => {
  it("is refused to attendees", async () => {
    await expect(changeSelfCheckIn(prisma, attendee, { sessionId, change: "enable" })).rejects.toBeInstanceOf(NotOrganiserError);
    expect((await prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).selfCheckIn).toBe(false);
  });

  it("refuses check-in while it is off", async () => {
    expect(await checkInToSession(prisma, attendee, { registrationId, code: "ABCDEF" }, during)).toEqual({ ok: false, refusal: "notOpen" });
  });

  it("makes a code, replaces it on request, and audits each change without the code", async () => {
    expect(await changeSelfCheckIn(prisma, organiser, { sessionId, change: "enable" })).toEqual({ ok: true });
    const first = await code();
    expect(first).toHaveLength(6);
    await changeSelfCheckIn(prisma, organiser, { sessionId, change: "regenerate" });
    expect(await code()).not.toBe(first);
    const audit = await prisma.auditEntry.findMany({ where: { entityId: sessionId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["session.selfCheckIn.enable", "session.selfCheckIn.regenerate"]);
    expect(JSON.stringify(audit)).not.toContain(await code());
  });
});

describe("attendees checking in", () => {
  it("is open only from the start until 30 minutes after the end", async () => {
    const right = await code();
    expect(await checkInToSession(prisma, attendee, { registrationId, code: right }, new Date(startsAt.getTime() - 60_000))).toEqual({
      ok: false,
      refusal: "notStarted",
    });
    expect(await checkInToSession(prisma, attendee, { registrationId, code: right }, new Date(endsAt.getTime() + 30 * 60_000 + 1000))).toEqual({
      ok: false,
      refusal: "closed",
    });
    expect(await attendance(registrationId)).toEqual({ attendance: "UNMARKED", selfCheckedInAt: null });
    expect((await listOpenCheckIns(prisma, attendee, during)).map((registration) => registration.id)).toEqual([registrationId]);
    expect(await listOpenCheckIns(prisma, attendee, new Date(endsAt.getTime() + 31 * 60_000))).toEqual([]);
  });

  it("refuses someone else's registration, even with the right code", async () => {
    expect(await checkInToSession(prisma, attendee, { registrationId: othersRegistrationId, code: await code() }, during)).toEqual({
      ok: false,
      refusal: "notFound",
    });
    expect((await attendance(othersRegistrationId)).attendance).toBe("UNMARKED");
  });

  it("says a wrong code is wrong, and after 5 wrong codes in 15 minutes refuses even the right one", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await checkInToSession(prisma, other, { registrationId: othersRegistrationId, code: "WRONG1" }, during)).toEqual({
        ok: false,
        fieldErrors: { code: "codeWrong" },
      });
    }
    expect(await checkInToSession(prisma, other, { registrationId: othersRegistrationId, code: await code() }, during)).toEqual({
      ok: false,
      refusal: "tooManyAttempts",
    });
    expect((await attendance(othersRegistrationId)).attendance).toBe("UNMARKED");
    // Another person is not held up by someone else's guesses.
    expect(await checkInToSession(prisma, attendee, { registrationId, code: "" }, during)).toEqual({ ok: false, fieldErrors: { code: "codeRequired" } });
    // 15 minutes after the wrong codes, the right one works.
    expect(
      await checkInToSession(prisma, other, { registrationId: othersRegistrationId, code: await code() }, new Date(during.getTime() + 15 * 60_000 + 1000)),
    ).toEqual({ ok: true });
  });

  it("marks the registration attended with the time, accepting lower case and spaces, at the last minute", async () => {
    const right = await code();
    const lastMoment = new Date(endsAt.getTime() + 30 * 60_000);
    const typed = `${right.slice(0, 3).toLowerCase()} ${right.slice(3)}`;
    expect(await checkInToSession(prisma, attendee, { registrationId, code: typed }, lastMoment)).toEqual({ ok: true });
    expect(await attendance(registrationId)).toEqual({ attendance: "ATTENDED", selfCheckedInAt: lastMoment });
  });

  it("leaves the organiser's 'absent' mark alone", async () => {
    await prisma.registration.update({ where: { id: othersRegistrationId }, data: { attendance: "ABSENT", selfCheckedInAt: null } });
    const afterTheWrongCodes = new Date(during.getTime() + 16 * 60_000);
    expect(await checkInToSession(prisma, other, { registrationId: othersRegistrationId, code: await code() }, afterTheWrongCodes)).toEqual({
      ok: false,
      refusal: "markedAbsent",
    });
    expect((await attendance(othersRegistrationId)).attendance).toBe("ABSENT");
  });

  it("stops working once the organiser turns it off", async () => {
    await changeSelfCheckIn(prisma, organiser, { sessionId, change: "disable" });
    await prisma.registration.update({ where: { id: registrationId }, data: { attendance: "UNMARKED", selfCheckedInAt: null } });
    expect(await checkInToSession(prisma, attendee, { registrationId, code: await code() }, during)).toEqual({ ok: false, refusal: "notOpen" });
  });
});
