import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelRegistrationOnBehalf } from "@/lib/admin/registrations/cancel-registration-on-behalf";
import { hashPassword } from "@/lib/auth/password";
import { findCertificateByCode } from "@/lib/certificates/find-certificate-by-code";
import { issueSessionCertificate } from "@/lib/certificates/issue-certificate";
import { isHolderAccountClosed } from "@/lib/certificates/verify-holder-account";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deleteMyAccount } from "@/lib/privacy/delete-my-account";
import { exportMyData, MY_DATA_SCHEMA_VERSION } from "@/lib/privacy/export-my-data";
import { getAccountClosureSummary } from "@/lib/privacy/get-account-closure-summary";
import { CLOSED_ACCOUNT_LABEL } from "@/lib/privacy/redact-audit-mentions";
import { registerForSession } from "@/lib/registration/register-for-session";
import { createSession, createUser } from "@/tests/helpers/factories";

// Downloading and deleting one's own data, against this run's fresh database.
// Everything lives in a week of its own in 2030 (slugs and emails carry a
// random suffix), so the demo week is untouched; removed in afterAll.

const suffix = randomBytes(4).toString("hex");
const prefix = `privacy-${suffix}`;
const emailDomain = `${prefix}.example.test`;
const PASSWORD = "a long enough password";
const bookingTime = new Date("2030-05-01T09:00:00Z");
/** "Now" for the tests: the week's first session is over, the others are still to come. */
const now = new Date("2030-06-04T12:00:00Z");

let eventId: string;
let passwordHash: string;
let sessionCounter = 0;
let userCounter = 0;

/** A published online session of the week, 90 minutes from 09:00 UTC on 6 June 2030, with 10 places, unless told otherwise. */
function bookableSession(options: { capacity?: number | null; startsAt?: Date; title?: string } = {}) {
  const number = ++sessionCounter;
  const startsAt = options.startsAt ?? new Date("2030-06-06T09:00:00Z");
  return createSession(prisma, eventId, {
    title: options.title ?? `Privacy session ${number}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    capacity: options.capacity === undefined ? 10 : options.capacity,
  });
}

/** Someone who can sign in, registered with Social Work England, with a calendar feed: numbered names in the order they were made. */
async function createAccountHolder(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const number = ++userCounter;
  return createUser(prisma, {
    emailDomain,
    name: `Person ${String(number).padStart(3, "0")}`,
    passwordHash,
    regulator: "SOCIAL_WORK_ENGLAND",
    registrationNumber: `SW${100000 + number}`,
    calendarToken: `${prefix}-calendar-${number}`,
    ...data,
  });
}

async function book(userId: string, sessionId: string) {
  return (await registerForSession(prisma, { userId, sessionId }, bookingTime)).registrationId;
}

/** A past session the person attended, with a CPD entry about it and its certificate. */
async function attendWithCertificate(person: { id: string }, reflection: string) {
  const session = await bookableSession({ startsAt: new Date("2030-06-03T09:00:00Z") });
  const registrationId = await book(person.id, session.id);
  await prisma.registration.update({ where: { id: registrationId }, data: { attendance: "ATTENDED", attendanceMarkedAt: now } });
  await prisma.cpdEntry.create({
    data: {
      userId: person.id,
      registrationId,
      activityType: "SESSION",
      title: session.title,
      activityDate: new Date("2030-06-03"),
      hours: 1.5,
      learning: reflection,
      impact: `${reflection} (impact)`,
      standards: [],
    },
  });
  const certificate = await issueSessionCertificate(prisma, person, { registrationId });
  return { session, registrationId, certificate };
}

/** Everything a refused deletion must leave alone. */
async function snapshot(userId: string) {
  const [user, registrations, cpdEntries, certificates, audit, attempts] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId } }),
    prisma.registration.findMany({ where: { session: { eventId } }, orderBy: { id: "asc" } }),
    prisma.cpdEntry.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    prisma.certificate.findMany({ where: { eventId }, orderBy: { id: "asc" } }),
    prisma.auditEntry.count(),
    prisma.rateLimitAttempt.count(),
  ]);
  return { user, registrations, cpdEntries, certificates, audit, attempts };
}

const confirmed = { currentPassword: PASSWORD, confirm: "on" };

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  eventId = (
    await prisma.event.create({
      data: {
        slug: `${prefix}-week`,
        title: "Privacy test week",
        summary: "A generated week.",
        startDate: new Date("2030-06-03"),
        endDate: new Date("2030-06-07"),
        organiserName: "Test organiser",
        status: "PUBLISHED",
      },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await prisma.certificate.deleteMany({ where: { eventId } });
  await prisma.event.deleteMany({ where: { id: eventId } });
  await prisma.auditEntry.deleteMany({ where: { OR: [{ actorEmail: { endsWith: `@${emailDomain}` } }, { summary: { contains: prefix } }] } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: emailDomain } } });
  await prisma.organiserInvitation.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
});

describe("downloading my data", () => {
  it("holds exactly the caller's own records, and none of anyone else's", async () => {
    const me = await createAccountHolder({
      name: "Siân Llŷr",
      jobRole: "Senior practitioner",
      regulator: "SOCIAL_CARE_WALES",
      registrationRenewalDate: new Date("2031-03-01"),
    });
    const other = await createAccountHolder({ name: "Other Person" });
    await prisma.learningDiscussion.createMany({
      data: [
        { userId: me.id, discussedOn: new Date("2030-05-20"), note: "My supervision" },
        { userId: other.id, discussedOn: new Date("2030-05-21"), note: "Somebody else's supervision" },
      ],
    });
    const mine = await attendWithCertificate(me, "My own reflection");
    const theirs = await attendWithCertificate(other, "Somebody else's private reflection");
    const future = await bookableSession({ capacity: 1 });
    const myFuture = await book(me.id, future.id);
    await book(other.id, future.id);
    await prisma.rateLimitAttempt.createMany({
      data: [
        { key: `sign-in:account:${me.email}`, createdAt: now },
        { key: `sign-in:account:${other.email}`, createdAt: now },
      ],
    });

    const data = await exportMyData(prisma, me.id, now);
    const text = JSON.stringify(data);

    expect(data.schemaVersion).toBe(MY_DATA_SCHEMA_VERSION);
    expect(data.exportedAt).toBe(now.toISOString());
    expect(data.account).toMatchObject({
      id: me.id,
      email: me.email,
      name: "Siân Llŷr",
      jobRole: "Senior practitioner",
      calendarSubscription: { created: true },
    });
    expect(data.registrations.map((registration) => registration.id).sort()).toEqual([mine.registrationId, myFuture].sort());
    expect(data.registrations.find((registration) => registration.id === mine.registrationId)).toMatchObject({
      attendance: "ATTENDED",
      status: "CONFIRMED",
      session: { title: mine.session.title, event: "Privacy test week" },
    });
    expect(data.account.registrationRenewalDate).toBe("2031-03-01");
    expect(data.learningDiscussions).toEqual([
      { discussedOn: "2030-05-20", note: "My supervision", createdAt: expect.any(Date) as Date, updatedAt: expect.any(Date) as Date },
    ]);
    expect(data.cpdEntries).toHaveLength(1);
    expect(data.cpdEntries[0]).toMatchObject({ learning: "My own reflection", hours: 1.5, activityDate: "2030-06-03" });
    expect(data.certificates.map((certificate) => certificate.code)).toEqual([mine.certificate.code]);
    expect(data.certificates[0]).toMatchObject({ revokedAt: null, verificationPath: `/certificates/verify/${mine.certificate.code}` });
    expect(data.failedSignIns).toHaveLength(1);
    expect(data.organiserInvitationsSent).toEqual([]);
    expect(data.auditEntries).toEqual([]);

    // Nothing of the other person, and no secrets of the caller's own.
    for (const foreign of [
      other.email,
      other.name,
      "Somebody else's private reflection",
      "Somebody else's supervision",
      theirs.certificate.code,
      theirs.registrationId,
    ]) {
      expect(text).not.toContain(foreign);
    }
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("argon2");
    expect(text).not.toContain(`${prefix}-calendar-`);
    expect(text).not.toContain("sessionVersion");
  });

  it("includes an organiser's invitations and the admin changes they made", async () => {
    const organiser = await createAccountHolder({ role: "ORGANISER" });
    const otherOrganiser = await createAccountHolder({ role: "ORGANISER" });
    await prisma.organiserInvitation.create({ data: { email: `invited-${suffix}@${emailDomain}`, invitedById: organiser.id } });
    await prisma.organiserInvitation.create({ data: { email: `invited-by-other-${suffix}@${emailDomain}`, invitedById: otherOrganiser.id } });
    const session = await bookableSession();
    const attendee = await createAccountHolder();
    const registrationId = await book(attendee.id, session.id);
    const cancelled = await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId }, bookingTime);
    expect(cancelled.ok).toBe(true);

    const data = await exportMyData(prisma, organiser.id, now);
    expect(data.organiserInvitationsSent.map((invitation) => invitation.email)).toEqual([`invited-${suffix}@${emailDomain}`]);
    expect(data.auditEntries.map((entry) => [entry.action, entry.entityId])).toEqual([["registration.cancel", registrationId]]);
    expect((await exportMyData(prisma, otherOrganiser.id, now)).auditEntries).toEqual([]);
  });
});

describe("deleting my account", () => {
  it("releases future places to the waiting list in order, deletes the CPD record and keeps certificates verifiable with initials", async () => {
    const leaving = await createAccountHolder({ name: "Alex Morgan-Hughes" });
    const past = await attendWithCertificate(leaving, "Reflection to be deleted");
    await prisma.learningDiscussion.create({ data: { userId: leaving.id, discussedOn: new Date("2030-05-20"), note: "Discussion to be deleted" } });
    const full = await bookableSession({ capacity: 1 });
    const leavingPlace = await book(leaving.id, full.id);
    const first = await createAccountHolder();
    const second = await createAccountHolder();
    const firstWaiting = await book(first.id, full.id);
    const secondWaiting = await book(second.id, full.id);
    // A waiting place of the leaving person on another full session: just taken off the list.
    const otherFull = await bookableSession({ capacity: 1 });
    const holder = await createAccountHolder();
    await book(holder.id, otherFull.id);
    const leavingWaiting = await book(leaving.id, otherFull.id);
    const behindLeaving = await book(second.id, otherFull.id);
    await prisma.rateLimitAttempt.createMany({
      data: [
        { key: `sign-in:account:${leaving.email}`, createdAt: now },
        { key: `sign-in:account:${first.email}`, createdAt: now },
      ],
    });

    const summary = await getAccountClosureSummary(prisma, leaving.id, now);
    expect(summary).toMatchObject({
      futurePlaces: 1,
      waitingPlaces: 1,
      pastRegistrations: 1,
      cpdEntries: 1,
      certificates: 1,
      isOrganiser: false,
      isLastOrganiser: false,
    });

    const result = await deleteMyAccount(prisma, leaving.id, confirmed, now);
    expect(result).toEqual({ ok: true, cancelledRegistrations: 2, promotedRegistrationIds: [firstWaiting], certificatesKept: 1 });

    const places = await prisma.registration.findMany({ where: { id: { in: [leavingPlace, firstWaiting, secondWaiting, leavingWaiting, behindLeaving] } } });
    const byId = new Map(places.map((place) => [place.id, place]));
    expect(byId.get(firstWaiting)).toMatchObject({ status: "CONFIRMED", promotedAt: now, waitlistPosition: null });
    expect(byId.get(secondWaiting)?.status).toBe("WAITLISTED");
    expect(byId.get(behindLeaving)?.status).toBe("WAITLISTED");
    // The leaving person's registrations, past ones included, went with the account.
    expect(byId.has(leavingPlace)).toBe(false);
    expect(byId.has(leavingWaiting)).toBe(false);
    expect(await prisma.registration.count({ where: { id: past.registrationId } })).toBe(0);

    expect(await prisma.user.count({ where: { id: leaving.id } })).toBe(0);
    expect(await prisma.cpdEntry.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await prisma.cpdEntry.count({ where: { learning: "Reflection to be deleted" } })).toBe(0);
    expect(await prisma.learningDiscussion.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await prisma.rateLimitAttempt.count({ where: { key: `sign-in:account:${leaving.email}` } })).toBe(0);
    expect(await prisma.rateLimitAttempt.count({ where: { key: `sign-in:account:${first.email}` } })).toBe(1);

    const stored = await prisma.certificate.findUniqueOrThrow({ where: { code: past.certificate.code } });
    expect(stored).toMatchObject({ userId: null, holderName: "A. M.-H.", registrationNumber: null, revokedAt: null });
    expect(await findCertificateByCode(prisma, { code: past.certificate.code })).toMatchObject({
      holderName: "A. M.-H.",
      revokedAt: null,
      title: past.session.title,
    });
    expect(await isHolderAccountClosed(prisma, { code: past.certificate.code })).toBe(true);
  });

  it("keeps the holder's name on certificates when they choose to", async () => {
    const leaving = await createAccountHolder({ name: "Rhiannon Price" });
    const past = await attendWithCertificate(leaving, "Another reflection");
    const result = await deleteMyAccount(prisma, leaving.id, { ...confirmed, certificateName: "name" }, now);
    expect(result.ok).toBe(true);
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { code: past.certificate.code } });
    expect(stored).toMatchObject({ userId: null, holderName: "Rhiannon Price", registrationNumber: null });
    expect(await isHolderAccountClosed(prisma, { code: past.certificate.code })).toBe(true);
  });

  it("refuses a wrong or missing password, a missing confirmation and an unknown choice, writing nothing", async () => {
    const person = await createAccountHolder();
    const past = await attendWithCertificate(person, "Kept reflection");
    const full = await bookableSession({ capacity: 1 });
    await book(person.id, full.id);
    await book((await createAccountHolder()).id, full.id);
    const before = await snapshot(person.id);

    expect(await deleteMyAccount(prisma, person.id, { currentPassword: "not my password", confirm: "on" }, now)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "currentPasswordWrong" },
    });
    expect(await deleteMyAccount(prisma, person.id, { currentPassword: PASSWORD }, now)).toEqual({ ok: false, fieldErrors: { confirm: "confirmRequired" } });
    expect(await deleteMyAccount(prisma, person.id, {}, now)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "passwordRequired", confirm: "confirmRequired" },
    });
    expect(await deleteMyAccount(prisma, person.id, { ...confirmed, certificateName: "everything" }, now)).toEqual({
      ok: false,
      fieldErrors: { certificateName: "certificateNameInvalid" },
    });
    expect(await deleteMyAccount(prisma, person.id, { currentPassword: "wrong", confirm: "yes please" }, now)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "currentPasswordWrong", confirm: "confirmRequired" },
    });
    expect(await deleteMyAccount(prisma, person.id, null, now)).toMatchObject({ ok: false });

    expect(await snapshot(person.id)).toEqual(before);
    expect(await isHolderAccountClosed(prisma, { code: past.certificate.code })).toBe(false);
  });

  it("refuses the last organiser, and lets an organiser go while another remains, keeping their audit entries", async () => {
    const organiser = await createAccountHolder({ role: "ORGANISER" });
    const others = await prisma.user.findMany({ where: { role: "ORGANISER", id: { not: organiser.id } }, select: { id: true } });
    // Only for this test: everyone else loses the role, then gets it back.
    await prisma.user.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { role: "ATTENDEE" } });
    try {
      expect((await getAccountClosureSummary(prisma, organiser.id, now)).isLastOrganiser).toBe(true);
      const before = await snapshot(organiser.id);
      expect(await deleteMyAccount(prisma, organiser.id, confirmed, now)).toEqual({ ok: false, refusal: "lastOrganiser" });
      expect(await snapshot(organiser.id)).toEqual(before);
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { role: "ORGANISER" } });
    }

    // With another organiser, they may leave: their changes keep their email address.
    const session = await bookableSession();
    const attendee = await createAccountHolder({ name: `Attendee ${prefix}` });
    const registrationId = await book(attendee.id, session.id);
    expect((await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId }, bookingTime)).ok).toBe(true);
    expect(await deleteMyAccount(prisma, organiser.id, confirmed, now)).toMatchObject({ ok: true });
    const entries = await prisma.auditEntry.findMany({ where: { actorEmail: organiser.email }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["registration.cancel", null],
      ["organiser.closeAccount", null],
    ]);
  });

  it("stops the organisers' audit log naming a person who leaves", async () => {
    const organiser = await createAccountHolder({ role: "ORGANISER" });
    const session = await bookableSession();
    const leaving = await createAccountHolder({ name: `Leaving ${suffix}` });
    const registrationId = await book(leaving.id, session.id);
    expect((await cancelRegistrationOnBehalf(prisma, organiser, { sessionId: session.id, registrationId }, bookingTime)).ok).toBe(true);
    expect((await prisma.auditEntry.findFirstOrThrow({ where: { entityId: registrationId } })).summary).toContain(`Leaving ${suffix}`);

    expect(await deleteMyAccount(prisma, leaving.id, confirmed, now)).toMatchObject({ ok: true });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: registrationId } });
    expect(entry.summary).not.toContain(`Leaving ${suffix}`);
    expect(entry.summary).toContain(CLOSED_ACCOUNT_LABEL);
    expect(entry.summary).toContain(session.title);
    expect(entry.actorEmail).toBe(organiser.email);
  });
});
