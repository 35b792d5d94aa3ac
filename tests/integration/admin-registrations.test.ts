import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { cancelRegistrationOnBehalf } from "@/lib/admin/registrations/cancel-registration-on-behalf";
import { exportEventRegistrationsCsv, exportSessionRegistrationsCsv } from "@/lib/admin/registrations/export-registrations-csv";
import { getAttendanceRegister } from "@/lib/admin/registrations/get-attendance-register";
import { getSessionRegistrations } from "@/lib/admin/registrations/get-session-registrations";
import { markAttendance } from "@/lib/admin/registrations/mark-attendance";
import { promoteRegistration } from "@/lib/admin/registrations/promote-registration";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerForSession } from "@/lib/registration/register-for-session";
import { createSession, createUser, createWeek } from "@/tests/helpers/factories";

// Organisers managing registrations and attendance, against this run's fresh
// database. Everything lives in a week of its own in 2030 (slugs and emails
// carry a random suffix), so the demo week is untouched; deleted in afterAll.

const suffix = randomBytes(4).toString("hex");
const prefix = `admin-reg-${suffix}`;
const emailDomain = `${prefix}.example.test`;
const before2030 = new Date("2029-12-01T12:00:00Z");

let eventId: string;
let otherEventId: string;
let organiser: CurrentUser;
let attendee: CurrentUser;
let sessionCounter = 0;
let userCounter = 0;

/** A published online session of the week, 90 minutes from 09:00 UTC on 3 June 2030, with 2 places, unless told otherwise. */
function bookableSession(
  options: Partial<Pick<Prisma.SessionUncheckedCreateInput, "capacity" | "status" | "startsAt" | "endsAt" | "title" | "cpdHours" | "eventId">> = {},
) {
  const number = ++sessionCounter;
  const startsAt = new Date(options.startsAt ?? "2030-06-03T09:00:00Z");
  return createSession(prisma, options.eventId ?? eventId, {
    title: `Admin registrations session ${number}`,
    capacity: 2,
    ...options,
    startsAt,
    endsAt: options.endsAt ?? new Date(startsAt.getTime() + 90 * 60_000),
  });
}

/** Books people one at a time (so the order is known), with the booking rules' "now" before the sessions. */
async function book(sessionId: string, count: number) {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const person = await createUser(prisma, { emailDomain, name: `Person ${String(++userCounter).padStart(3, "0")}` });
    const outcome = await registerForSession(prisma, { userId: person.id, sessionId }, before2030);
    ids.push(outcome.registrationId);
  }
  return ids;
}

function registration(id: string) {
  return prisma.registration.findUniqueOrThrow({ where: { id } });
}

/** Every registration and audit entry, so that "nothing written" means nothing anywhere. */
async function snapshot() {
  const [registrations, audit] = await Promise.all([prisma.registration.findMany({ orderBy: { id: "asc" } }), prisma.auditEntry.count()]);
  return { registrations, audit };
}

function auditFor(entityId: string) {
  return prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}

beforeAll(async () => {
  const week = { startDate: new Date("2030-06-03"), endDate: new Date("2030-06-07"), publishedAt: null };
  eventId = (await createWeek(prisma, { ...week, slug: `${prefix}-week`, title: `Admin registrations ${prefix}-week` })).id;
  otherEventId = (await createWeek(prisma, { ...week, slug: `${prefix}-other-week`, title: `Admin registrations ${prefix}-other-week` })).id;
  organiser = await createUser(prisma, { emailDomain, role: "ORGANISER", name: "Olwen Organiser" });
  attendee = await createUser(prisma, { emailDomain, name: "Attendee Not Organiser" });
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { id: { in: [eventId, otherEventId].filter(Boolean) } } });
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser.id } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
});

describe("only organisers", () => {
  it("refuses an attendee (and nobody) everywhere, writing nothing", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [confirmed, waiting] = await book(session.id, 2);
    const input = { sessionId: session.id, registrationId: waiting! };
    const before = await snapshot();
    for (const actor of [attendee, null]) {
      const as = actor as CurrentUser;
      await expect(promoteRegistration(prisma, as, input)).rejects.toBeInstanceOf(NotOrganiserError);
      await expect(cancelRegistrationOnBehalf(prisma, as, { sessionId: session.id, registrationId: confirmed! })).rejects.toBeInstanceOf(NotOrganiserError);
      await expect(markAttendance(prisma, as, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [confirmed!] })).rejects.toBeInstanceOf(
        NotOrganiserError,
      );
      await expect(markAttendance(prisma, as, { sessionId: session.id, attendance: "ABSENT", registrationIds: "unmarked" })).rejects.toBeInstanceOf(
        NotOrganiserError,
      );
      await expect(getSessionRegistrations(prisma, as, session.id)).rejects.toBeInstanceOf(NotOrganiserError);
      await expect(getAttendanceRegister(prisma, as, { sessionId: session.id })).rejects.toBeInstanceOf(NotOrganiserError);
      await expect(exportSessionRegistrationsCsv(prisma, as, session.id)).rejects.toBeInstanceOf(NotOrganiserError);
      await expect(exportEventRegistrationsCsv(prisma, as, eventId)).rejects.toBeInstanceOf(NotOrganiserError);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("the registrations page's lists", () => {
  it("splits confirmed, the waiting list in order (ranked from 1) and cancelled, with counts against capacity", async () => {
    const session = await bookableSession({ capacity: 2 });
    const [first, second, waitingA, waitingB, waitingC] = await book(session.id, 5);
    // Someone leaves the middle of the waiting list: the stored positions now have a gap.
    await prisma.registration.update({ where: { id: waitingB! }, data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: before2030 } });
    const data = await getSessionRegistrations(prisma, organiser, session.id);
    expect(data?.confirmed.map((row) => row.id)).toEqual([first, second]);
    expect(data?.waitingList.map((row) => [row.id, row.rank])).toEqual([
      [waitingA, 1],
      [waitingC, 2],
    ]);
    expect(data?.cancelled.map((row) => row.id)).toEqual([waitingB]);
    expect(data?.counts).toEqual({ confirmed: 2, capacity: 2, placesLeft: 0, waitingList: 2, cancelled: 1 });
    expect(data?.confirmed[0]?.user).toMatchObject({ email: expect.stringContaining(emailDomain), regulator: "NONE" });
  });

  it("is null for a session that does not exist", async () => {
    expect(await getSessionRegistrations(prisma, organiser, "nosuchsession")).toBeNull();
  });
});

describe("moving someone from the waiting list by hand", () => {
  it("is refused while the session is full, with nothing written", async () => {
    const session = await bookableSession({ capacity: 2 });
    const [, , waiting] = await book(session.id, 3);
    const before = await snapshot();
    expect(await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: waiting })).toEqual({ ok: false, refusal: "sessionFull" });
    expect(await snapshot()).toEqual(before);
  });

  it("gives a free place to the person chosen, even out of turn, and audits it", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [, firstWaiting, secondWaiting] = await book(session.id, 3);
    // Capacity raised without anyone promoted (as a raw change would): one place is free.
    await prisma.session.update({ where: { id: session.id }, data: { capacity: 2 } });
    const now = new Date("2030-01-02T10:00:00Z");
    const result = await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: secondWaiting }, now);
    expect(result).toMatchObject({ ok: true, registrationId: secondWaiting, notify: true });
    expect(await registration(secondWaiting!)).toMatchObject({ status: "CONFIRMED", waitlistPosition: null, promotedAt: now });
    expect(await registration(firstWaiting!)).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    const [entry, ...more] = await auditFor(secondWaiting!);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actorId: organiser.id,
      actorEmail: organiser.email,
      action: "registration.promote",
      entityType: "registration",
      before: { status: "WAITLISTED", waitlistPosition: 2 },
      after: { status: "CONFIRMED", waitlistPosition: null, promotedAt: now.toISOString() },
    });
    expect(entry?.summary).toContain(session.title);
    // Now full again: the next person is refused.
    expect(await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: firstWaiting }, now)).toEqual({
      ok: false,
      refusal: "sessionFull",
    });
  });

  it("does not email after the session has started (someone let in at the door)", async () => {
    const session = await bookableSession({ capacity: null });
    const person = await createUser(prisma, { emailDomain });
    const created = await prisma.registration.create({ data: { sessionId: session.id, userId: person.id, status: "WAITLISTED", waitlistPosition: 1 } });
    const result = await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: created.id }, new Date("2030-06-03T09:10:00Z"));
    expect(result).toMatchObject({ ok: true, notify: false });
  });

  it("refuses someone not on the waiting list, or on another session's list, writing nothing", async () => {
    const session = await bookableSession({ capacity: 5 });
    const other = await bookableSession({ capacity: 1 });
    const [confirmed] = await book(session.id, 1);
    const [, otherWaiting] = await book(other.id, 2);
    const before = await snapshot();
    expect(await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: confirmed })).toEqual({
      ok: false,
      refusal: "notOnWaitingList",
    });
    expect(await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: otherWaiting })).toEqual({
      ok: false,
      refusal: "registrationNotFound",
    });
    expect(await promoteRegistration(prisma, organiser, { sessionId: "nosuchsession", registrationId: otherWaiting })).toEqual({
      ok: false,
      refusal: "sessionNotFound",
    });
    expect(await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: "not an id!" })).toEqual({ ok: false, refusal: "invalid" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses on a cancelled session", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [, waiting] = await book(session.id, 2);
    await prisma.session.update({ where: { id: session.id }, data: { status: "CANCELLED", capacity: 5 } });
    expect(await promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: waiting })).toEqual({
      ok: false,
      refusal: "sessionCancelled",
    });
    expect(await registration(waiting!)).toMatchObject({ status: "WAITLISTED" });
  });

  it("fills the last free place once when two organisers click at the same moment", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [confirmed, waitingA, waitingB] = await book(session.id, 3);
    await prisma.registration.update({ where: { id: confirmed! }, data: { status: "CANCELLED", cancelledAt: before2030 } });
    const results = await Promise.all([
      promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: waitingA }),
      promoteRegistration(prisma, organiser, { sessionId: session.id, registrationId: waitingB }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, refusal: "sessionFull" }]);
    expect(await prisma.registration.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(1);
  });
});

describe("cancelling a registration on someone's behalf", () => {
  it("frees the place and gives it to the next person on the waiting list, auditing both", async () => {
    const session = await bookableSession({ capacity: 2 });
    const [confirmed, , firstWaiting, secondWaiting] = await book(session.id, 4);
    const now = new Date("2030-01-05T10:00:00Z");
    const result = await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId: confirmed }, now);
    expect(result).toMatchObject({ ok: true, registrationId: confirmed, promotedRegistrationIds: [firstWaiting] });
    expect(await registration(confirmed!)).toMatchObject({ status: "CANCELLED", cancelledAt: now, waitlistPosition: null });
    expect(await registration(firstWaiting!)).toMatchObject({ status: "CONFIRMED", waitlistPosition: null, promotedAt: now });
    expect(await registration(secondWaiting!)).toMatchObject({ status: "WAITLISTED" });
    const [cancelEntry] = await auditFor(confirmed!);
    expect(cancelEntry).toMatchObject({
      action: "registration.cancel",
      actorId: organiser.id,
      before: { status: "CONFIRMED", waitlistPosition: null, attendance: "UNMARKED" },
      after: { status: "CANCELLED", cancelledAt: now.toISOString() },
    });
    const [promoteEntry] = await auditFor(firstWaiting!);
    expect(promoteEntry).toMatchObject({ action: "registration.promote", before: { status: "WAITLISTED" }, after: { status: "CONFIRMED" } });
  });

  it("takes someone off the waiting list without promoting anybody", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [confirmed, waitingA, waitingB] = await book(session.id, 3);
    const result = await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId: waitingA });
    expect(result).toMatchObject({ ok: true, promotedRegistrationIds: [] });
    expect(await registration(confirmed!)).toMatchObject({ status: "CONFIRMED" });
    expect(await registration(waitingB!)).toMatchObject({ status: "WAITLISTED" });
    const data = await getSessionRegistrations(prisma, organiser, session.id);
    expect(data?.waitingList.map((row) => [row.id, row.rank])).toEqual([[waitingB, 1]]);
  });

  it("after the session has started, cancels but promotes nobody", async () => {
    const session = await bookableSession({ capacity: 1 });
    const [confirmed, waiting] = await book(session.id, 2);
    const result = await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId: confirmed }, new Date("2030-06-03T09:30:00Z"));
    expect(result).toMatchObject({ ok: true, promotedRegistrationIds: [] });
    expect(await registration(waiting!)).toMatchObject({ status: "WAITLISTED" });
  });

  it("refuses another session's registration, an unknown one, or one already cancelled, writing nothing", async () => {
    const session = await bookableSession({ capacity: 3 });
    const other = await bookableSession({ capacity: 3 });
    const [mine] = await book(session.id, 1);
    const [theirs] = await book(other.id, 1);
    await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId: mine });
    const before = await snapshot();
    expect(await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId: theirs })).toEqual({
      ok: false,
      refusal: "registrationNotFound",
    });
    expect(await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId: mine })).toEqual({
      ok: false,
      refusal: "alreadyCancelled",
    });
    expect(await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: "nosuchsession", registrationId: theirs })).toEqual({
      ok: false,
      refusal: "sessionNotFound",
    });
    expect(await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id })).toEqual({ ok: false, refusal: "invalid" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("marking attendance", () => {
  it("in bulk touches only this session's confirmed registrations, with one audit entry per change", async () => {
    const session = await bookableSession({ capacity: 3 });
    const other = await bookableSession({ capacity: 3 });
    const [a, b, c, waiting] = await book(session.id, 4);
    const [otherConfirmed] = await book(other.id, 1);
    const otherBefore = await registration(otherConfirmed!);
    const waitingBefore = await registration(waiting!);
    const now = new Date("2030-06-03T09:05:00Z");

    const result = await markAttendance(
      prisma,
      organiser,
      { sessionId: session.id, attendance: "ATTENDED", registrationIds: [a!, b!, otherConfirmed!, waiting!] },
      now,
    );
    expect(result).toMatchObject({ ok: true, changed: 2 });
    expect(await registration(a!)).toMatchObject({ attendance: "ATTENDED", attendanceMarkedAt: now });
    expect(await registration(b!)).toMatchObject({ attendance: "ATTENDED", attendanceMarkedAt: now });
    expect(await registration(c!)).toMatchObject({ attendance: "UNMARKED", attendanceMarkedAt: null });
    expect(await registration(otherConfirmed!)).toEqual(otherBefore);
    expect(await registration(waiting!)).toEqual(waitingBefore);
    expect(await auditFor(otherConfirmed!)).toEqual([]);
    const [entry, ...more] = await auditFor(a!);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: "registration.attendance",
      entityType: "registration",
      actorId: organiser.id,
      before: { attendance: "UNMARKED", attendanceMarkedAt: null },
      after: { attendance: "ATTENDED", attendanceMarkedAt: now.toISOString() },
    });

    // Marking the same again changes nothing and logs nothing.
    expect(await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [a!] })).toMatchObject({
      ok: true,
      changed: 0,
    });
    expect(await auditFor(a!)).toHaveLength(1);

    // "Everyone still unmarked" is c only (not the waiting list, not the other session).
    expect(await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ABSENT", registrationIds: "unmarked" }, now)).toMatchObject({
      ok: true,
      changed: 1,
      marked: [{ id: c }],
    });
    expect(await registration(c!)).toMatchObject({ attendance: "ABSENT", attendanceMarkedAt: now });
    expect(await registration(otherConfirmed!)).toEqual(otherBefore);

    // A mistake undone: back to unmarked, with the time cleared.
    expect(await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "UNMARKED", registrationIds: [b!] })).toMatchObject({
      ok: true,
      changed: 1,
    });
    expect(await registration(b!)).toMatchObject({ attendance: "UNMARKED", attendanceMarkedAt: null });

    const register = await getAttendanceRegister(prisma, organiser, { sessionId: session.id });
    expect(register?.totals).toEqual({ attended: 1, absent: 1, unmarked: 1, confirmed: 3 });
  });

  it("refuses an empty selection, only another session's ids, or a cancelled session, writing nothing", async () => {
    const session = await bookableSession({ capacity: 3 });
    const other = await bookableSession({ capacity: 3 });
    const [mine] = await book(session.id, 1);
    const [theirs] = await book(other.id, 1);
    const cancelled = await bookableSession({ capacity: 3 });
    const [onCancelled] = await book(cancelled.id, 1);
    await prisma.session.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const before = await snapshot();
    expect(await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [] })).toEqual({
      ok: false,
      fieldErrors: { registrationIds: "noneSelected" },
    });
    expect(await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [theirs!] })).toEqual({
      ok: false,
      refusal: "registrationNotFound",
    });
    expect(await markAttendance(prisma, organiser, { sessionId: cancelled.id, attendance: "ATTENDED", registrationIds: [onCancelled!] })).toEqual({
      ok: false,
      refusal: "sessionCancelled",
    });
    expect(await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "PRESENT" as never, registrationIds: [mine!] })).toEqual({
      ok: false,
      refusal: "invalid",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("finds people on the register by part of their name or email, keeping the totals whole", async () => {
    const session = await bookableSession({ capacity: 5 });
    const siân = await createUser(prisma, { emailDomain, name: "Siân Llŷr" });
    const other = await createUser(prisma, { emailDomain, name: "Bob Jones" });
    for (const person of [siân, other]) await registerForSession(prisma, { userId: person.id, sessionId: session.id }, before2030);
    const byName = await getAttendanceRegister(prisma, organiser, { sessionId: session.id, q: "  siân " });
    expect(byName?.q).toBe("siân");
    expect(byName?.people.map((row) => row.user.name)).toEqual(["Siân Llŷr"]);
    expect(byName?.totals.confirmed).toBe(2);
    const byEmail = await getAttendanceRegister(prisma, organiser, { sessionId: session.id, q: other.email.toUpperCase() });
    expect(byEmail?.people.map((row) => row.user.name)).toEqual(["Bob Jones"]);
    const everyone = await getAttendanceRegister(prisma, organiser, { sessionId: session.id, q: ["array", "ignored"] });
    expect(everyone?.people.map((row) => row.user.name)).toEqual(["Bob Jones", "Siân Llŷr"]);
  });
});

describe("CSV export", () => {
  it("writes one session's registrations for Excel: BOM, CRLF, quoting, neutralised formulas, waiting-list places, CPD hours", async () => {
    const session = await bookableSession({
      capacity: 1,
      title: "Ethics, law and “practice”",
      startsAt: new Date("2030-06-03T09:00:00Z"),
      endsAt: new Date("2030-06-03T10:30:00Z"),
    });
    const people = [
      await createUser(prisma, {
        emailDomain,
        name: "Siân Llŷr",
        organisation: "Cardiff, Council",
        jobRole: "Social worker",
        regulator: "SOCIAL_CARE_WALES",
        registrationNumber: "=1+1",
      }),
      await createUser(prisma, { emailDomain, name: "@SUM(A1)", organisation: "+44 29 2022 6257", jobRole: "-2" }),
      await createUser(prisma, { emailDomain, name: 'Quote "Q" Person', organisation: "Line one\nLine two" }),
    ];
    for (const person of people) await registerForSession(prisma, { userId: person.id, sessionId: session.id }, before2030);
    await prisma.registration.updateMany({ where: { sessionId: session.id }, data: { createdAt: before2030 } });
    const file = await exportSessionRegistrationsCsv(prisma, organiser, session.id);
    expect(file?.filename).toBe(`registrations-${session.slug}.csv`);
    const body = file!.body;
    expect(body.startsWith("\uFEFF")).toBe(true);
    expect(body.endsWith("\r\n")).toBe(true);
    const records = body.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(records[0]).toBe(
      "Session,Date,Start,Name,Email,Organisation,Job role,Registered with,Registration number,Status,Waiting-list position,Registered at,Attendance,CPD hours",
    );
    // June in London is summer time: 09:00 UTC is 10:00 there. 90 minutes counts as 1.5 hours.
    expect(records[1]).toBe(
      `"Ethics, law and “practice”",2030-06-03,10:00,Siân Llŷr,${people[0]!.email},"Cardiff, Council",Social worker,Social Care Wales,'=1+1,Confirmed,,2029-12-01 12:00,Not yet marked,1.5`,
    );
    expect(records[2]).toBe(
      `"Ethics, law and “practice”",2030-06-03,10:00,'@SUM(A1),${people[1]!.email},'+44 29 2022 6257,'-2,Not registered,,Waiting list,1,2029-12-01 12:00,,1.5`,
    );
    expect(records[3]).toBe(
      `"Ethics, law and “practice”",2030-06-03,10:00,"Quote ""Q"" Person",${people[2]!.email},"Line one\nLine two",,Not registered,,Waiting list,2,2029-12-01 12:00,,1.5`,
    );
    expect(records).toHaveLength(5); // header, three people, and the empty string after the last CRLF
  });

  it("writes the whole week, session by session in programme order, with the session's own CPD hours when set", async () => {
    const later = await bookableSession({ eventId: otherEventId, title: "Later", startsAt: new Date("2030-06-04T13:00:00Z"), cpdHours: "2.25", capacity: 5 });
    const earlier = await bookableSession({ eventId: otherEventId, title: "Earlier", startsAt: new Date("2030-06-03T08:30:00Z"), capacity: 5 });
    await book(later.id, 1);
    const [cancelledOne] = await book(earlier.id, 2);
    await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: earlier.id, registrationId: cancelledOne });
    const file = await exportEventRegistrationsCsv(prisma, organiser, otherEventId);
    expect(file?.filename).toBe(`registrations-${prefix}-other-week.csv`);
    const rows = file!.body
      .slice(1)
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(","));
    expect(rows.map((row) => [row[0], row[1], row[2], row[9], row[13]])).toEqual([
      ["Earlier", "2030-06-03", "09:30", "Confirmed", "1.5"],
      ["Earlier", "2030-06-03", "09:30", "Cancelled", "1.5"],
      ["Later", "2030-06-04", "14:00", "Confirmed", "2.25"],
    ]);
    expect(await exportEventRegistrationsCsv(prisma, organiser, "nosuchevent")).toBeNull();
    expect(await exportSessionRegistrationsCsv(prisma, organiser, "nosuchsession")).toBeNull();
  });

  it("writes the file in Welsh when downloaded from a Welsh page: headings, statuses and the Welsh session title", async () => {
    const session = await bookableSession({ capacity: 1, title: "Trauma-informed practice", startsAt: new Date("2030-06-05T09:00:00Z") });
    await prisma.session.update({ where: { id: session.id }, data: { titleCy: "Ymarfer wedi’i lywio gan drawma" } });
    await book(session.id, 2);
    const file = await exportSessionRegistrationsCsv(prisma, organiser, session.id, "cy");
    const rows = file!.body
      .slice(1)
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split(","));
    expect(rows[0]).toEqual([
      "Sesiwn",
      "Dyddiad",
      "Dechrau",
      "Enw",
      "E-bost",
      "Sefydliad",
      "Swydd",
      "Wedi cofrestru gyda",
      "Rhif cofrestru",
      "Statws",
      "Safle ar y rhestr aros",
      "Amser cadw lle",
      "Presenoldeb",
      "Oriau DPP",
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[9], row[10]])).toEqual([
      ["Ymarfer wedi’i lywio gan drawma", "Wedi’i gadarnhau", ""],
      ["Ymarfer wedi’i lywio gan drawma", "Rhestr aros", "1"],
    ]);
  });
});
