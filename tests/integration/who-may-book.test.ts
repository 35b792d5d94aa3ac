import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { createInvitationCode, withdrawInvitationCode } from "@/lib/admin/booking/invitation-codes";
import { setSessionBookingRule, setWeekBookingRule } from "@/lib/admin/booking/set-booking-rule";
import { decideBookingRequest } from "@/lib/admin/registrations/decide-booking-request";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { BookingRule, Prisma } from "@/lib/generated/prisma/client";
import { answerBookingRequest } from "@/lib/registration/booking-request";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { listUnlistedSessionsForMe } from "@/lib/registration/list-unlisted-sessions-for-me";
import { registerForSession, type BookingInput } from "@/lib/registration/register-for-session";
import { RegistrationError, type RegistrationErrorCode } from "@/lib/registration/registration-errors";
import { withdrawBookingRequest } from "@/lib/registration/withdraw-booking-request";
import { discardQueuedJobs, queuedJobs } from "../helpers/job-queue";

/** The queued jobs that name one of these ids: other test files queue emails at the same time. */
async function jobsAbout(...ids: string[]) {
  return (await queuedJobs()).filter((job) => ids.some((id) => JSON.stringify(job.payload).includes(id)));
}

// Who may book (docs/decisions/0012-who-may-book.md), enforced in the
// booking function itself: email domains with confirmed addresses, invitation
// codes with limits and expiry, and requests an organiser approves under the
// booking's own lock. A week of its own in 2030; everything is deleted after.

const suffix = randomBytes(4).toString("hex");
const council = `glanusk-${suffix}.gov.uk`;
const before2030 = new Date("2029-12-01T09:00:00Z");
let eventId: string;
let organiser: CurrentUser;
let counter = 0;

async function person(email: string, { verified = true, role = "ATTENDEE" as "ATTENDEE" | "ORGANISER" } = {}): Promise<CurrentUser> {
  return prisma.user.create({
    data: { email: email.toLowerCase(), name: `Person ${++counter}`, role, emailVerifiedAt: verified ? new Date("2029-01-01") : null },
    select: { id: true, email: true, name: true, role: true },
  });
}
const atCouncil = (options?: { verified?: boolean }) => person(`staff-${++counter}-${suffix}@${council}`, options);
const elsewhere = (domain: string) => person(`someone-${++counter}-${suffix}@${domain}`);

async function session(data: Partial<Prisma.SessionUncheckedCreateInput> = {}) {
  const n = ++counter;
  return prisma.session.create({
    data: {
      eventId,
      slug: `who-may-book-${suffix}-${n}`,
      title: `Who may book ${n}`,
      summary: "Generated",
      description: "Generated",
      startsAt: new Date("2030-06-03T09:00:00Z"),
      endsAt: new Date("2030-06-03T10:00:00Z"),
      format: "ONLINE",
      capacity: 10,
      status: "PUBLISHED",
      ...data,
    },
    select: { id: true },
  });
}
const ruled = (bookingRule: BookingRule, data: Partial<Prisma.SessionUncheckedCreateInput> = {}) => session({ bookingRule, ...data });

const book = (input: BookingInput) => registerForSession(prisma, input, before2030);

async function refusal(promise: Promise<unknown>): Promise<RegistrationErrorCode | undefined> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof RegistrationError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.code;
}

beforeAll(async () => {
  const event = await prisma.event.create({
    data: {
      slug: `who-may-book-${suffix}`,
      title: "Who may book",
      summary: "Generated",
      startDate: new Date("2030-06-03"),
      endDate: new Date("2030-06-07"),
      organiserName: "Glan Usk",
      status: "PUBLISHED",
    },
  });
  eventId = event.id;
  organiser = await person(`organiser-${suffix}@${council}`, { role: "ORGANISER" });
});

beforeEach(async () => {
  await discardQueuedJobs();
});

afterAll(async () => {
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser.id } });
  await prisma.user.deleteMany({ where: { email: { contains: suffix } } });
});

describe("staff of listed email domains", () => {
  it("books a confirmed address at the domain or a subdomain, and refuses others with the reason", async () => {
    const { id: sessionId } = await ruled("EMAIL_DOMAIN", { bookingDomains: [council, "nhs.wales"] });
    const staff = await atCouncil();
    expect((await book({ userId: staff.id, sessionId })).status).toBe("CONFIRMED");
    const healthBoard = await elsewhere(`cardiffandvale.nhs.wales`);
    expect((await book({ userId: healthBoard.id, sessionId })).status).toBe("CONFIRMED");

    for (const domain of ["gmail.com", `evil${council}`, `${council}.evil.example`, "nhs.wales.example"]) {
      const outsider = await elsewhere(domain);
      expect(await refusal(book({ userId: outsider.id, sessionId })), domain).toBe("EMAIL_DOMAIN_NOT_ALLOWED");
    }
    const unconfirmed = await atCouncil({ verified: false });
    expect(await refusal(book({ userId: unconfirmed.id, sessionId }))).toBe("EMAIL_NOT_VERIFIED");
    expect(await prisma.registration.count({ where: { sessionId } })).toBe(2);
  });

  it("follows the week's rule until the session has its own", async () => {
    await prisma.event.update({ where: { id: eventId }, data: { bookingRule: "EMAIL_DOMAIN", bookingDomains: [council] } });
    try {
      const { id: sessionId } = await session();
      const outsider = await elsewhere("gmail.com");
      expect(await refusal(book({ userId: outsider.id, sessionId }))).toBe("EMAIL_DOMAIN_NOT_ALLOWED");
      await prisma.session.update({ where: { id: sessionId }, data: { bookingRule: "OPEN" } });
      expect((await book({ userId: outsider.id, sessionId })).status).toBe("CONFIRMED");
    } finally {
      await prisma.event.update({ where: { id: eventId }, data: { bookingRule: "OPEN", bookingDomains: [] } });
    }
  });

  it("keeps a place booked before the rule changed, and lets its holder repeat the booking", async () => {
    const { id: sessionId } = await session();
    const outsider = await elsewhere("gmail.com");
    const first = await book({ userId: outsider.id, sessionId });
    await prisma.session.update({ where: { id: sessionId }, data: { bookingRule: "EMAIL_DOMAIN", bookingDomains: [council] } });
    const again = await book({ userId: outsider.id, sessionId });
    expect(again).toEqual({ ...first, alreadyRegistered: true });
  });

  it("shows an unlisted staff-only session to confirmed staff only, until they book it", async () => {
    const { id: sessionId } = await ruled("EMAIL_DOMAIN", { bookingDomains: [council], unlisted: true });
    const [staff, unconfirmed, outsider] = [await atCouncil(), await atCouncil({ verified: false }), await elsewhere("gmail.com")];
    const forStaff = async (userId: string) => (await listUnlistedSessionsForMe(prisma, userId, before2030)).map((row) => row.id);
    expect(await forStaff(staff.id)).toContain(sessionId);
    expect(await forStaff(unconfirmed.id)).not.toContain(sessionId);
    expect(await forStaff(outsider.id)).not.toContain(sessionId);
    await book({ userId: staff.id, sessionId });
    expect(await forStaff(staff.id)).not.toContain(sessionId);
  });

  it("is refused on the JSON endpoint too", async () => {
    const { id: sessionId } = await ruled("EMAIL_DOMAIN", { bookingDomains: [council] });
    const outsider = await elsewhere("gmail.com");
    const { encode } = await import("next-auth/jwt");
    const secret = "who-may-book-test-secret".padEnd(40, "s");
    const token = await encode({ token: { sub: outsider.id, sessionVersion: 0 }, secret });
    const reply = await answerBookingRequest(prisma, { sessionId, headers: new Headers(), sessionToken: token }, { authSecret: secret, siteUrl: undefined });
    expect(reply).toEqual({ status: 403, body: { error: "EMAIL_DOMAIN_NOT_ALLOWED" } });
  });
});

describe("invitation codes", () => {
  it("books with a code typed in any case, up to its limit; a cancellation gives a use back", async () => {
    const { id: sessionId } = await ruled("INVITATION");
    const made = await createInvitationCode(prisma, organiser, { sessionId, label: "Gwent Police", code: "gwent-police", maxUses: "2" });
    expect(made).toEqual({ ok: true, code: "GWENT-POLICE" });
    const [a, b, c] = [await elsewhere("gwent.police.uk"), await elsewhere("gwent.police.uk"), await elsewhere("gwent.police.uk")];

    expect(await refusal(book({ userId: a.id, sessionId }))).toBe("INVITATION_CODE_REQUIRED");
    expect(await refusal(book({ userId: a.id, sessionId, invitationCode: "NOT-THE-CODE" }))).toBe("INVITATION_CODE_INVALID");
    const first = await book({ userId: a.id, sessionId, invitationCode: "  Gwent-Police " });
    expect(first.status).toBe("CONFIRMED");
    expect((await book({ userId: b.id, sessionId, invitationCode: "GWENT-POLICE" })).status).toBe("CONFIRMED");
    expect(await refusal(book({ userId: c.id, sessionId, invitationCode: "GWENT-POLICE" }))).toBe("INVITATION_CODE_USED_UP");

    await cancelRegistration(prisma, { userId: a.id, registrationId: first.registrationId }, before2030);
    expect((await book({ userId: c.id, sessionId, invitationCode: "gwent-police" })).status).toBe("CONFIRMED");
    const rows = await prisma.registration.findMany({
      where: { sessionId, status: { not: "CANCELLED" } },
      select: { invitationCode: { select: { label: true } } },
    });
    expect(rows.map((row) => row.invitationCode?.label)).toEqual(["Gwent Police", "Gwent Police"]);
  });

  it("refuses an expired code, a withdrawn code, and a code of another session", async () => {
    const { id: sessionId } = await ruled("INVITATION");
    const { id: otherId } = await ruled("INVITATION");
    await prisma.invitationCode.create({ data: { sessionId, code: "EXPIRED-CODE", label: "Old", expiresAt: new Date("2029-11-30T00:00:00Z") } });
    const withdrawn = await prisma.invitationCode.create({ data: { sessionId, code: "WITHDRAWN-CODE", label: "Gone" } });
    await prisma.invitationCode.create({ data: { sessionId: otherId, code: "OTHER-SESSION", label: "Other" } });
    expect(await withdrawInvitationCode(prisma, organiser, { sessionId, codeId: withdrawn.id })).toEqual({ ok: true, label: "Gone" });
    const someone = await elsewhere("example.org");
    expect(await refusal(book({ userId: someone.id, sessionId, invitationCode: "expired-code" }))).toBe("INVITATION_CODE_EXPIRED");
    expect(await refusal(book({ userId: someone.id, sessionId, invitationCode: "WITHDRAWN-CODE" }))).toBe("INVITATION_CODE_INVALID");
    expect(await refusal(book({ userId: someone.id, sessionId, invitationCode: "OTHER-SESSION" }))).toBe("INVITATION_CODE_INVALID");
    expect(await prisma.registration.count({ where: { sessionId } })).toBe(0);
  });

  it("makes hard-to-guess codes, refuses bad ones field by field, and keeps codes out of the audit log", async () => {
    const { id: sessionId } = await ruled("INVITATION");
    const made = await createInvitationCode(prisma, organiser, { sessionId, label: "Ystrad family support" });
    expect(made.ok && made.code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(await createInvitationCode(prisma, organiser, { sessionId, label: "", code: "ab", maxUses: "0", expiresOn: "2030-02-30" })).toEqual({
      ok: false,
      fieldErrors: { label: "labelRequired", code: "codeInvalid", maxUses: "maxUsesInvalid", expiresOn: "expiresOnInvalid" },
    });
    expect(await createInvitationCode(prisma, organiser, { sessionId, label: "Line\nbreak" })).toEqual({
      ok: false,
      fieldErrors: { label: "controlCharacters" },
    });
    if (made.ok)
      expect(await createInvitationCode(prisma, organiser, { sessionId, label: "Again", code: made.code.toLowerCase() })).toEqual({
        ok: false,
        fieldErrors: { code: "codeTaken" },
      });
    const logged = await prisma.auditEntry.findMany({ where: { actorId: organiser.id, action: "invitation-code.create", entityId: sessionId } });
    expect(JSON.stringify(logged)).not.toContain(made.ok ? made.code : "never");
  });

  it("cannot be booked through the JSON endpoint, which takes no code", async () => {
    const { id: sessionId } = await ruled("INVITATION");
    const someone = await elsewhere("example.org");
    const { encode } = await import("next-auth/jwt");
    const secret = "who-may-book-test-secret".padEnd(40, "s");
    const token = await encode({ token: { sub: someone.id, sessionVersion: 0 }, secret });
    const reply = await answerBookingRequest(prisma, { sessionId, headers: new Headers(), sessionToken: token }, { authSecret: secret, siteUrl: undefined });
    expect(reply).toEqual({ status: 403, body: { error: "INVITATION_CODE_REQUIRED" } });
  });
});

describe("places given on request", () => {
  it("records a request once, then books it when approved and emails the person", async () => {
    const { id: sessionId } = await ruled("APPROVAL", { capacity: 1 });
    const [a, b] = [await elsewhere("example.org"), await elsewhere("example.org")];
    const asked = await book({ userId: a.id, sessionId });
    expect(asked).toMatchObject({ status: "REQUESTED", alreadyRegistered: false });
    expect(await book({ userId: a.id, sessionId })).toEqual({ ...asked, alreadyRegistered: true });
    const askedB = await book({ userId: b.id, sessionId });
    expect(await prisma.registration.count({ where: { sessionId } })).toBe(0);
    expect(await jobsAbout(asked.registrationId, askedB.registrationId, sessionId)).toEqual([]);

    expect(await decideBookingRequest(prisma, organiser, { sessionId, requestId: asked.registrationId, decision: "approve" }, before2030)).toMatchObject({
      ok: true,
      decision: "approve",
      status: "CONFIRMED",
    });
    // The place is full now, so the next approval is a place on the waiting list.
    expect(await decideBookingRequest(prisma, organiser, { sessionId, requestId: askedB.registrationId, decision: "approve" }, before2030)).toMatchObject({
      status: "WAITLISTED",
    });
    const rows = await prisma.registration.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" }, select: { userId: true, status: true } });
    expect(rows).toEqual([
      { userId: a.id, status: "CONFIRMED" },
      { userId: b.id, status: "WAITLISTED" },
    ]);
    const registrationIds = (await prisma.registration.findMany({ where: { sessionId }, select: { id: true } })).map((row) => row.id);
    const jobs = await jobsAbout(...registrationIds);
    expect(jobs.map((job) => [job.task, (job.payload as { kind: string }).kind])).toEqual([
      ["send-registration-email", "CONFIRMED"],
      ["send-registration-email", "WAITLISTED"],
    ]);
    // Decided once: a second decision (two organisers at once) is refused and changes nothing.
    expect(await decideBookingRequest(prisma, organiser, { sessionId, requestId: asked.registrationId, decision: "decline" }, before2030)).toEqual({
      ok: false,
      refusal: "requestAlreadyDecided",
    });
  });

  it("declines politely, and a declined person cannot ask again", async () => {
    const { id: sessionId } = await ruled("APPROVAL");
    const someone = await elsewhere("example.org");
    const asked = await book({ userId: someone.id, sessionId });
    expect(await decideBookingRequest(prisma, organiser, { sessionId, requestId: asked.registrationId, decision: "decline" }, before2030)).toMatchObject({
      ok: true,
      decision: "decline",
    });
    expect((await jobsAbout(asked.registrationId)).map((job) => job.task)).toEqual(["send-booking-request-email"]);
    expect(await refusal(book({ userId: someone.id, sessionId }))).toBe("REQUEST_DECLINED");
    const audit = await prisma.auditEntry.findFirst({ where: { actorId: organiser.id, action: "booking-request.decline", entityId: asked.registrationId } });
    expect(audit?.summary).toContain(someone.email);
  });

  it("lets a person withdraw a waiting request, and only their own", async () => {
    const { id: sessionId } = await ruled("APPROVAL");
    const [owner, other] = [await elsewhere("example.org"), await elsewhere("example.org")];
    const asked = await book({ userId: owner.id, sessionId });
    expect(await refusal(withdrawBookingRequest(prisma, { userId: other.id, requestId: asked.registrationId }))).toBe("REQUEST_NOT_FOUND");
    await withdrawBookingRequest(prisma, { userId: owner.id, requestId: asked.registrationId });
    expect(await prisma.bookingRequest.count({ where: { sessionId } })).toBe(0);
  });

  it("is decided only by organisers", async () => {
    const { id: sessionId } = await ruled("APPROVAL");
    const someone = await elsewhere("example.org");
    const asked = await book({ userId: someone.id, sessionId });
    await expect(decideBookingRequest(prisma, someone, { sessionId, requestId: asked.registrationId, decision: "approve" })).rejects.toBeInstanceOf(
      NotOrganiserError,
    );
    await expect(setSessionBookingRule(prisma, someone, { sessionId, bookingRule: "OPEN" })).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(createInvitationCode(prisma, someone, { sessionId, label: "Mine" })).rejects.toBeInstanceOf(NotOrganiserError);
    expect(await prisma.bookingRequest.findUniqueOrThrow({ where: { id: asked.registrationId }, select: { status: true } })).toEqual({ status: "PENDING" });
  });

  it("never oversells when approvals race bookings", async () => {
    const capacity = 10;
    const { id: sessionId } = await ruled("APPROVAL", { capacity });
    const requesters = await Promise.all(Array.from({ length: 40 }, () => elsewhere("example.org")));
    const requests = [];
    for (const requester of requesters) requests.push(await book({ userId: requester.id, sessionId }));
    // People approved before who cancelled and book again go straight to a place, racing the approvals.
    const returning = await Promise.all(Array.from({ length: 20 }, () => elsewhere("example.org")));
    await prisma.bookingRequest.createMany({ data: returning.map((user) => ({ sessionId, userId: user.id, status: "APPROVED" as const })) });

    const outcomes = await Promise.all([
      ...requests.map((request) => decideBookingRequest(prisma, organiser, { sessionId, requestId: request.registrationId, decision: "approve" }, before2030)),
      ...returning.map((user) => book({ userId: user.id, sessionId })),
    ]);
    expect(outcomes.every((outcome) => !("ok" in outcome) || outcome.ok)).toBe(true);
    const rows = await prisma.registration.findMany({ where: { sessionId }, select: { status: true, waitlistPosition: true } });
    expect(rows).toHaveLength(60);
    expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(capacity);
    const positions = rows.flatMap((row) => (row.waitlistPosition === null ? [] : [row.waitlistPosition])).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(await prisma.bookingRequest.count({ where: { sessionId, status: "PENDING" } })).toBe(0);
  });
});

describe("the organisers' forms", () => {
  it("checks domains and wording field by field, and saves a week's default", async () => {
    const { id: sessionId } = await session();
    expect(await setSessionBookingRule(prisma, organiser, { sessionId, bookingRule: "EMAIL_DOMAIN", bookingDomains: "" })).toEqual({
      ok: false,
      fieldErrors: { bookingDomains: "domainsRequired" },
    });
    expect(await setSessionBookingRule(prisma, organiser, { sessionId, bookingRule: "EMAIL_DOMAIN", bookingDomains: "glanusk.gov.uk, not a domain" })).toEqual({
      ok: false,
      fieldErrors: { bookingDomains: "domainInvalid" },
    });
    expect(await setSessionBookingRule(prisma, organiser, { sessionId, bookingRule: "NOBODY" })).toEqual({
      ok: false,
      fieldErrors: { bookingRule: "ruleRequired" },
    });
    expect(
      await setSessionBookingRule(prisma, organiser, {
        sessionId,
        bookingRule: "EMAIL_DOMAIN",
        bookingDomains: "@GlanUsk.gov.uk\nnhs.wales, nhs.wales",
        bookingAudience: "staff of Glan Usk County Council",
        unlisted: true,
      }),
    ).toEqual({ ok: true });
    expect(await prisma.session.findUniqueOrThrow({ where: { id: sessionId }, select: { bookingRule: true, bookingDomains: true, unlisted: true } })).toEqual({
      bookingRule: "EMAIL_DOMAIN",
      bookingDomains: ["glanusk.gov.uk", "nhs.wales"],
      unlisted: true,
    });
    // "By invitation" is per session: a week cannot have it as its default.
    expect(await setWeekBookingRule(prisma, organiser, { eventId, bookingRule: "INVITATION" })).toEqual({
      ok: false,
      fieldErrors: { bookingRule: "ruleRequired" },
    });
    expect(await setWeekBookingRule(prisma, organiser, { eventId, bookingRule: "APPROVAL", bookingAudience: "partners" })).toEqual({ ok: true });
    await prisma.event.update({ where: { id: eventId }, data: { bookingRule: "OPEN", bookingAudience: null } });
  });
});
