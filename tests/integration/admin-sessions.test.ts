import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { cancelSession, publishSession, unpublishSession } from "@/lib/admin/sessions/change-session-status";
import { createSession } from "@/lib/admin/sessions/create-session";
import { deleteSession } from "@/lib/admin/sessions/delete-session";
import { duplicateSession } from "@/lib/admin/sessions/duplicate-session";
import { listAdminSessions } from "@/lib/admin/sessions/list-admin-sessions";
import type { SessionFormInput } from "@/lib/admin/sessions/session-form-schema";
import { parseSessionListFilters } from "@/lib/admin/sessions/session-list-filters";
import { isSlugConflict } from "@/lib/admin/sessions/session-slug";
import { updateSession } from "@/lib/admin/sessions/update-session";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { RegistrationStatus } from "@/lib/generated/prisma/client";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { buildSessionCalendar } from "@/lib/programme/session-calendar";
import { buildPersonalCalendar } from "@/lib/registration/my-calendar";
import { createUser } from "@/tests/helpers/factories";
import { discardQueuedJobs, sendQueuedEmails } from "@/tests/helpers/job-queue";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/helpers/smtp-test-server";

// Organisers editing the programme, against this run's fresh database. Two
// weeks of their own in 2031 (one across the change to British Summer Time on
// Sunday 30 March, one across the change back on Sunday 26 October); slugs and
// emails carry a random suffix; all deleted in afterAll. Emails go to a real
// SMTP server started for the file.

const suffix = randomBytes(4).toString("hex");
const prefix = `admin-sess-${suffix}`;
const emailDomain = `${prefix}.example.test`;

let springEventId: string;
let autumnEventId: string;
let springThemeId: string;
let autumnThemeId: string;
let speakerIds: string[] = [];
let organiser: CurrentUser;
let attendee: CurrentUser;
let smtp: SmtpTestServer;
const smtpUrlBefore = process.env.SMTP_URL;
let titleCounter = 0;

/** A complete, valid form for the spring week; each test changes what it is about. */
function validForm(overrides: Partial<SessionFormInput> = {}): SessionFormInput {
  const number = ++titleCounter;
  return {
    eventId: springEventId,
    themeId: springThemeId,
    title: `Admin sessions test ${suffix} ${number}`,
    slug: "",
    summary: "A session made by the admin sessions tests.",
    description: "What the session is about.\n\nA second paragraph.",
    date: "2031-03-25",
    startTime: "10:00",
    endTime: "11:30",
    format: "ONLINE",
    deliveryLanguage: "ENGLISH",
    venue: "Microsoft Teams",
    joinUrl: "https://meet.example.test/abc",
    capacity: "",
    cpdHours: "",
    audiences: ["PRACTITIONERS"],
    featured: false,
    speakers: [],
    ...overrides,
  };
}

async function created(overrides: Partial<SessionFormInput> = {}) {
  const result = await createSession(prisma, organiser, validForm(overrides));
  if (!result.ok) throw new Error(`createSession refused: ${JSON.stringify(result.fieldErrors)}`);
  return prisma.session.findUniqueOrThrow({ where: { id: result.sessionId }, include: { speakers: { orderBy: { position: "asc" } } } });
}

/** A published session in the spring week with people registered as given. */
async function publishedWith(capacity: number | null, people: RegistrationStatus[], overrides: Partial<SessionFormInput> = {}) {
  const session = await created({ capacity: capacity === null ? "" : String(capacity), ...overrides });
  await prisma.session.update({ where: { id: session.id }, data: { status: "PUBLISHED" } });
  const registrations = [];
  let position = 0;
  for (const status of people) {
    const user = await createUser(prisma, { emailDomain });
    registrations.push(
      await prisma.registration.create({
        data: {
          sessionId: session.id,
          userId: user.id,
          status,
          waitlistPosition: status === "WAITLISTED" ? ++position : null,
          cancelledAt: status === "CANCELLED" ? new Date() : null,
        },
        include: { user: true },
      }),
    );
  }
  return { session, registrations };
}

/** Counts of everything an admin session change could write. */
async function footprint() {
  const [sessions, speakers, registrations, audit, confirmed] = await Promise.all([
    prisma.session.count({ where: { eventId: { in: [springEventId, autumnEventId] } } }),
    prisma.sessionSpeaker.count(),
    prisma.registration.count(),
    prisma.auditEntry.count(),
    prisma.registration.count({ where: { status: "CONFIRMED" } }),
  ]);
  return { sessions, speakers, registrations, audit, confirmed };
}

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  organiser = await createUser(prisma, { emailDomain, role: "ORGANISER" });
  attendee = await createUser(prisma, { emailDomain, role: "ATTENDEE" });
  const spring = await prisma.event.create({
    data: {
      slug: `${prefix}-spring`,
      title: `Spring week ${suffix}`,
      summary: "Across the change to summer time.",
      startDate: new Date("2031-03-24"),
      endDate: new Date("2031-04-04"),
      organiserName: "Test organiser",
      status: "PUBLISHED",
      themes: { create: { slug: `${prefix}-spring-theme`, name: "Spring theme", summary: "A theme.", colour: "#1d4f91" } },
    },
    include: { themes: true },
  });
  const autumn = await prisma.event.create({
    data: {
      slug: `${prefix}-autumn`,
      title: `Autumn week ${suffix}`,
      summary: "Across the change back to GMT.",
      startDate: new Date("2031-10-20"),
      endDate: new Date("2031-10-31"),
      organiserName: "Test organiser",
      status: "PUBLISHED",
      themes: { create: { slug: `${prefix}-autumn-theme`, name: "Autumn theme", summary: "A theme.", colour: "#8f3a00" } },
    },
    include: { themes: true },
  });
  springEventId = spring.id;
  autumnEventId = autumn.id;
  springThemeId = spring.themes[0]!.id;
  autumnThemeId = autumn.themes[0]!.id;
  speakerIds = (
    await prisma.speaker.createManyAndReturn({
      data: ["Ada", "Bea", "Cai"].map((name) => ({ slug: `${prefix}-${name.toLowerCase()}`, name: `${name} ${suffix}` })),
      select: { id: true },
    })
  ).map((speaker) => speaker.id);
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { id: { in: [springEventId, autumnEventId] } } });
  await prisma.speaker.deleteMany({ where: { id: { in: speakerIds } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
  await smtp?.close();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

beforeEach(async () => {
  await discardQueuedJobs();
  smtp.received.length = 0;
});

describe("creating a session", () => {
  it("stores the week's wall-clock times in UTC, GMT before the clocks go forward and BST after", async () => {
    const winter = await created({ date: "2031-03-28", startTime: "10:00", endTime: "11:30" });
    expect(winter.startsAt.toISOString()).toBe("2031-03-28T10:00:00.000Z");
    expect(winter.endsAt.toISOString()).toBe("2031-03-28T11:30:00.000Z");
    const summer = await created({ date: "2031-03-31", startTime: "10:00", endTime: "11:30" });
    expect(summer.startsAt.toISOString()).toBe("2031-03-31T09:00:00.000Z");
    expect(summer.endsAt.toISOString()).toBe("2031-03-31T10:30:00.000Z");
    // On the night itself: 00:30 is still GMT, 02:30 already BST.
    const night = await created({ date: "2031-03-30", startTime: "00:30", endTime: "02:30" });
    expect(night.startsAt.toISOString()).toBe("2031-03-30T00:30:00.000Z");
    expect(night.endsAt.toISOString()).toBe("2031-03-30T01:30:00.000Z");
  });

  it("takes the first of a time that happens twice when the clocks go back, and says so", async () => {
    const result = await createSession(
      prisma,
      organiser,
      validForm({ eventId: autumnEventId, themeId: autumnThemeId, date: "2031-10-26", startTime: "01:30", endTime: "03:00" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes).toEqual(["startTimeAmbiguous"]);
    const session = await prisma.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.startsAt.toISOString()).toBe("2031-10-26T00:30:00.000Z");
    expect(session.endsAt.toISOString()).toBe("2031-10-26T03:00:00.000Z");
  });

  it("saves every field as a draft, speakers in the order given, with a slug from the title, and audits it", async () => {
    const before = await prisma.auditEntry.count({ where: { action: "session.create" } });
    const session = await created({
      title: `Court skills: writing évidence ${suffix}`,
      titleCy: "Sgiliau llys",
      summaryCy: "Crynodeb",
      descriptionCy: "Disgrifiad",
      format: "HYBRID",
      venue: "County Hall",
      capacity: "25",
      cpdHours: "1.75",
      audiences: ["MANAGERS_AND_LEADERS", "STUDENTS_AND_EDUCATORS"],
      featured: true,
      speakers: [
        { row: 1, speakerId: speakerIds[0]!, part: "SPEAKER", position: "2" },
        { row: 2, speakerId: speakerIds[1]!, part: "CHAIR", position: "1" },
        { row: 4, speakerId: speakerIds[2]!, part: "HOST", position: "" },
      ],
    });
    expect(session).toMatchObject({
      status: "DRAFT",
      slug: `court-skills-writing-evidence-${suffix}`,
      themeId: springThemeId,
      titleCy: "Sgiliau llys",
      format: "HYBRID",
      venue: "County Hall",
      joinUrl: "https://meet.example.test/abc",
      capacity: 25,
      audiences: ["MANAGERS_AND_LEADERS", "STUDENTS_AND_EDUCATORS"],
      featured: true,
      cancelledAt: null,
    });
    expect(session.cpdHours?.toString()).toBe("1.75");
    expect(session.speakers.map((speaker) => [speaker.speakerId, speaker.part, speaker.position])).toEqual([
      [speakerIds[1], "CHAIR", 0],
      [speakerIds[0], "SPEAKER", 1],
      [speakerIds[2], "HOST", 2],
    ]);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "session.create", entityId: session.id } });
    expect(entry).toMatchObject({ actorId: organiser.id, actorEmail: organiser.email, entityType: "session", summary: session.title });
    expect(entry.after).toMatchObject({ title: session.title, capacity: 25, cpdHours: "1.75", status: "DRAFT", startsAt: "2031-03-25T10:00:00.000Z" });
    expect(entry.before).toBeNull();
    expect(await prisma.auditEntry.count({ where: { action: "session.create" } })).toBe(before + 1);
  });

  it("numbers a suggested slug that is already taken, and keeps a typed one", async () => {
    const title = `Same title ${suffix}`;
    const first = await created({ title });
    const second = await created({ title });
    expect(first.slug).toBe(`same-title-${suffix}`);
    expect(second.slug).toBe(`same-title-${suffix}-2`);
    const typed = await created({ slug: `${prefix}-typed` });
    expect(typed.slug).toBe(`${prefix}-typed`);
  });

  it("recognises the database refusing a slug in use, so a race between two organisers still names the slug", async () => {
    const first = await created({ slug: `${prefix}-raced` });
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, speakers: _speakers, ...copy } = first;
    const error = await prisma.session.create({ data: copy }).catch((caught: unknown) => caught);
    expect(isSlugConflict(error)).toBe(true);
    expect(isSlugConflict(new Error("something else"))).toBe(false);
    const results = await Promise.all([
      createSession(prisma, organiser, validForm({ slug: `${prefix}-race-2` })),
      createSession(prisma, organiser, validForm({ slug: `${prefix}-race-2` })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, fieldErrors: { slug: "slugTaken" } });
  });

  it("allows an in-person session without a joining link and unlimited places", async () => {
    const session = await created({ format: "IN_PERSON", venue: "Civic Centre", joinUrl: "", capacity: "" });
    expect(session).toMatchObject({ format: "IN_PERSON", joinUrl: null, capacity: null, cpdHours: null });
  });
});

describe("a bad session form writes nothing and names the field", () => {
  const cases: [string, () => Partial<SessionFormInput>, string, string][] = [
    ["end before start", () => ({ startTime: "11:00", endTime: "10:00" }), "endTime", "endNotAfterStart"],
    ["end equal to start", () => ({ startTime: "11:00", endTime: "11:00" }), "endTime", "endNotAfterStart"],
    ["a date before the week", () => ({ date: "2031-03-23" }), "date", "dateOutsideEvent"],
    ["a date after the week", () => ({ date: "2031-04-05" }), "date", "dateOutsideEvent"],
    ["a date that does not exist", () => ({ date: "2031-02-30" }), "date", "dateInvalid"],
    ["no date", () => ({ date: "" }), "date", "dateRequired"],
    [
      "a start time skipped by the clocks going forward",
      () => ({ date: "2031-03-30", startTime: "01:30", endTime: "03:00" }),
      "startTime",
      "startTimeNonexistent",
    ],
    ["a start time that is not a time", () => ({ startTime: "25:00" }), "startTime", "startTimeInvalid"],
    ["no title", () => ({ title: "   " }), "title", "titleRequired"],
    ["no summary", () => ({ summary: "" }), "summary", "summaryRequired"],
    ["no description", () => ({ description: "" }), "description", "descriptionRequired"],
    ["no format", () => ({ format: "" as never }), "format", "formatRequired"],
    ["capacity 0", () => ({ capacity: "0" }), "capacity", "capacityInvalid"],
    ["capacity not a whole number", () => ({ capacity: "2.5" }), "capacity", "capacityInvalid"],
    ["capacity negative", () => ({ capacity: "-3" }), "capacity", "capacityInvalid"],
    ["CPD hours below a quarter", () => ({ cpdHours: "0.1" }), "cpdHours", "cpdHoursInvalid"],
    ["CPD hours not in quarters", () => ({ cpdHours: "1.3" }), "cpdHours", "cpdHoursInvalid"],
    ["CPD hours over 12", () => ({ cpdHours: "12.25" }), "cpdHours", "cpdHoursInvalid"],
    ["a slug with spaces and capitals", () => ({ slug: "Bad Slug" }), "slug", "slugInvalid"],
    ["a slug another session uses", () => ({ slug: "taken" }), "slug", "slugTaken"],
    ["an online session without a joining link", () => ({ format: "ONLINE", joinUrl: "" }), "joinUrl", "joinUrlRequired"],
    ["a hybrid session without a joining link", () => ({ format: "HYBRID", venue: "Hall", joinUrl: "" }), "joinUrl", "joinUrlRequired"],
    ["a joining link that is not https", () => ({ joinUrl: "http://meet.example.test/abc" }), "joinUrl", "joinUrlInvalid"],
    ["a joining link that is not a link", () => ({ joinUrl: "teams meeting" }), "joinUrl", "joinUrlInvalid"],
    ["an in-person session without a venue", () => ({ format: "IN_PERSON", venue: "", joinUrl: "" }), "venue", "venueRequired"],
    ["a theme of another week", () => ({ themeId: autumnThemeId }), "themeId", "themeNotInEvent"],
    ["a week that does not exist", () => ({ eventId: "no-such-event" }), "eventId", "eventNotFound"],
    ["an audience that does not exist", () => ({ audiences: ["EVERYONE" as never] }), "audiences", "audiencesInvalid"],
    [
      "the same speaker twice",
      () => ({
        speakers: [
          { row: 1, speakerId: speakerIds[0]!, part: "SPEAKER" },
          { row: 2, speakerId: speakerIds[0]!, part: "CHAIR" },
        ],
      }),
      "speakerId-2",
      "speakerDuplicate",
    ],
    ["a speaker that does not exist", () => ({ speakers: [{ row: 3, speakerId: "no-such-speaker", part: "SPEAKER" }] }), "speakerId-3", "speakerNotFound"],
    ["a part that does not exist", () => ({ speakers: [{ row: 1, speakerId: speakerIds[0]!, part: "MODERATOR" }] }), "speakerPart-1", "speakerPartInvalid"],
    [
      "an order that is not a number",
      () => ({ speakers: [{ row: 2, speakerId: speakerIds[0]!, part: "SPEAKER", position: "first" }] }),
      "speakerPosition-2",
      "speakerPositionInvalid",
    ],
  ];

  beforeAll(async () => {
    await created({ slug: "taken" });
  });

  for (const [name, change, field, key] of cases) {
    it(`refuses ${name}`, async () => {
      const before = await footprint();
      const result = await createSession(prisma, organiser, validForm(change()));
      expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: key } });
      expect(await footprint()).toEqual(before);
    });
  }

  it("reports several problems at once", async () => {
    const result = await createSession(prisma, organiser, validForm({ title: "", capacity: "none", joinUrl: "" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["capacity", "joinUrl", "title"]);
  });

  it("refuses the same problems when editing, leaving the session as it was", async () => {
    const session = await created();
    const before = await footprint();
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    for (const [, change, field, key] of cases) {
      const result = await updateSession(prisma, organiser, session.id, validForm({ title: session.title, slug: session.slug, ...change() }));
      expect(result, field).toMatchObject({ ok: false, fieldErrors: { [field]: key } });
    }
    expect(await footprint()).toEqual(before);
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toEqual(stored);
  });
});

describe("only organisers", () => {
  it("refuses every session change from an attendee or nobody, writing nothing", async () => {
    const { session } = await publishedWith(5, ["CONFIRMED"]);
    const draft = await created();
    const before = await footprint();
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    for (const actor of [attendee, null as unknown as CurrentUser]) {
      await expect(createSession(prisma, actor, validForm())).rejects.toThrow(NotOrganiserError);
      await expect(updateSession(prisma, actor, session.id, validForm({ capacity: "50" }))).rejects.toThrow(NotOrganiserError);
      await expect(publishSession(prisma, actor, draft.id)).rejects.toThrow(NotOrganiserError);
      await expect(unpublishSession(prisma, actor, session.id)).rejects.toThrow(NotOrganiserError);
      await expect(cancelSession(prisma, actor, session.id)).rejects.toThrow(NotOrganiserError);
      await expect(duplicateSession(prisma, actor, session.id)).rejects.toThrow(NotOrganiserError);
      await expect(deleteSession(prisma, actor, draft.id)).rejects.toThrow(NotOrganiserError);
      await expect(listAdminSessions(prisma, actor, parseSessionListFilters({}))).rejects.toThrow(NotOrganiserError);
    }
    expect(await footprint()).toEqual(before);
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toEqual(stored);
    await sendQueuedEmails();
    expect(smtp.received).toHaveLength(0);
  });
});

describe("editing a session", () => {
  it("moves the time to the new wall-clock time in the week's zone and audits before and after", async () => {
    const session = await created({ date: "2031-03-28", startTime: "10:00", endTime: "11:00" });
    const result = await updateSession(
      prisma,
      organiser,
      session.id,
      validForm({ title: session.title, slug: session.slug, date: "2031-04-01", startTime: "14:00", endTime: "15:15" }),
    );
    expect(result).toMatchObject({ ok: true, promoted: 0, slug: session.slug });
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.startsAt.toISOString()).toBe("2031-04-01T13:00:00.000Z");
    expect(stored.endsAt.toISOString()).toBe("2031-04-01T14:15:00.000Z");
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "session.update", entityId: session.id } });
    expect(entry.before).toMatchObject({ startsAt: "2031-03-28T10:00:00.000Z" });
    expect(entry.after).toMatchObject({ startsAt: "2031-04-01T13:00:00.000Z", promotedRegistrationIds: [] });
  });

  it("replaces the speakers with those chosen", async () => {
    const session = await created({ speakers: [{ row: 1, speakerId: speakerIds[0]!, part: "SPEAKER" }] });
    await updateSession(
      prisma,
      organiser,
      session.id,
      validForm({ title: session.title, slug: session.slug, speakers: [{ row: 1, speakerId: speakerIds[2]!, part: "PRESENTER" }] }),
    );
    const speakers = await prisma.sessionSpeaker.findMany({ where: { sessionId: session.id } });
    expect(speakers.map((speaker) => [speaker.speakerId, speaker.part, speaker.position])).toEqual([[speakerIds[2], "PRESENTER", 0]]);
  });

  it("refuses a capacity below the places already confirmed, changing nothing", async () => {
    const { session } = await publishedWith(5, ["CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    const before = await footprint();
    const result = await updateSession(prisma, organiser, session.id, validForm({ title: "Renamed", slug: session.slug, capacity: "2" }));
    expect(result).toEqual({ ok: false, fieldErrors: { capacity: "capacityBelowConfirmed" }, values: { confirmed: 3 } });
    expect(await footprint()).toEqual(before);
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ capacity: 5, title: session.title });
    // Exactly the number confirmed is allowed.
    expect(await updateSession(prisma, organiser, session.id, validForm({ title: session.title, slug: session.slug, capacity: "3" }))).toMatchObject({
      ok: true,
      promoted: 0,
    });
  });

  it("gives new places to the waiting list in order, emails those promoted, and audits it", async () => {
    const { session, registrations } = await publishedWith(2, ["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED", "WAITLISTED"]);
    const [, , first, second, third] = registrations;
    const result = await updateSession(prisma, organiser, session.id, validForm({ title: session.title, slug: session.slug, capacity: "4" }));
    expect(result).toMatchObject({ ok: true, promoted: 2 });
    const statuses = await prisma.registration.findMany({ where: { sessionId: session.id }, select: { id: true, status: true, promotedAt: true } });
    const statusOf = (id: string) => statuses.find((registration) => registration.id === id)?.status;
    expect([statusOf(first!.id), statusOf(second!.id), statusOf(third!.id)]).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0]).sort()).toEqual([first!.user.email, second!.user.email].sort());
    expect(smtp.received[0]?.mail.subject).toContain(session.title);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "session.update", entityId: session.id } });
    expect(entry.summary).toContain("2 moved from the waiting list");
    expect((entry.after as { promotedRegistrationIds: string[] }).promotedRegistrationIds.sort()).toEqual([first!.id, second!.id].sort());
  });

  it("gives everyone waiting a place when places become unlimited", async () => {
    const { session } = await publishedWith(1, ["CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    const result = await updateSession(prisma, organiser, session.id, validForm({ title: session.title, slug: session.slug, capacity: "" }));
    expect(result).toMatchObject({ ok: true, promoted: 2 });
    expect(await prisma.registration.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(3);
    await sendQueuedEmails();
    expect(smtp.received).toHaveLength(2);
  });

  it("promotes nobody on a draft, and says when the session has gone", async () => {
    const session = await created({ capacity: "1" });
    expect(await updateSession(prisma, organiser, session.id, validForm({ title: session.title, slug: session.slug, capacity: "10" }))).toMatchObject({
      ok: true,
      promoted: 0,
    });
    expect(await updateSession(prisma, organiser, "no-such-session", validForm())).toMatchObject({ ok: false, refusal: "notFound" });
  });
});

describe("publishing, unpublishing and cancelling", () => {
  it("publishes a draft, and moves it back to draft while nobody is booked", async () => {
    const session = await created();
    expect(await publishSession(prisma, organiser, session.id)).toEqual({ ok: true });
    expect(await publishSession(prisma, organiser, session.id)).toEqual({ ok: false, refusal: "notDraft" });
    expect(await unpublishSession(prisma, organiser, session.id)).toEqual({ ok: true });
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ status: "DRAFT" });
    const actions = await prisma.auditEntry.findMany({
      where: { entityId: session.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["session.create", "session.publish", "session.unpublish"]);
    expect(actions[1]).toMatchObject({ before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
  });

  it("keeps a session with people booked or waiting published", async () => {
    const { session } = await publishedWith(1, ["WAITLISTED"]);
    const before = await footprint();
    expect(await unpublishSession(prisma, organiser, session.id)).toEqual({ ok: false, refusal: "hasRegistrations" });
    expect(await footprint()).toEqual(before);
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ status: "PUBLISHED" });
  });

  it("cancels, emails everyone booked or waiting (not those who cancelled), and marks calendars cancelled", async () => {
    const { session, registrations } = await publishedWith(2, ["CONFIRMED", "CONFIRMED", "WAITLISTED", "CANCELLED"]);
    const now = new Date("2031-03-01T12:00:00Z");
    expect(await cancelSession(prisma, organiser, session.id, now)).toEqual({ ok: true, emailed: 3 });
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored).toMatchObject({ status: "CANCELLED", cancelledAt: now });
    await sendQueuedEmails();
    const emailed = smtp.received.map((email) => email.recipients[0]).sort();
    expect(emailed).toEqual(
      registrations
        .slice(0, 3)
        .map((registration) => registration.user.email)
        .sort(),
    );
    for (const email of smtp.received) {
      expect(email.mail.subject).toContain(session.title);
      expect(email.mail.subject?.toLowerCase()).toContain("cancelled");
    }
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "session.cancel", entityId: session.id } });
    expect(entry).toMatchObject({ before: { status: "PUBLISHED" }, after: { status: "CANCELLED" } });
    expect(entry.summary).toContain("3 registered people emailed");

    const personal = await buildPersonalCalendar(prisma, registrations[0]!.userId, "https://cpdweek.example");
    expect(personal).toContain(`UID:session-${session.id}@cpdweek.example`);
    expect(personal).toContain("STATUS:CANCELLED");
    const page = await getSessionPage(prisma, session.slug);
    expect(page?.cancelled).toBe(true);
    expect(buildSessionCalendar(page!, "https://cpdweek.example", "cpdweek.example", "en")).toContain("STATUS:CANCELLED");

    // A cancelled session stays cancelled.
    smtp.received.length = 0;
    expect(await cancelSession(prisma, organiser, session.id, now)).toEqual({ ok: false, refusal: "onlyPublishedCancel" });
    expect(await publishSession(prisma, organiser, session.id)).toEqual({ ok: false, refusal: "notDraft" });
    expect(await unpublishSession(prisma, organiser, session.id)).toEqual({ ok: false, refusal: "notPublished" });
    await sendQueuedEmails();
    expect(smtp.received).toHaveLength(0);
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ status: "CANCELLED" });
  });

  it("refuses to cancel a draft or a session that has started, writing and sending nothing", async () => {
    const draft = await created();
    const { session } = await publishedWith(3, ["CONFIRMED"]);
    const before = await footprint();
    expect(await cancelSession(prisma, organiser, draft.id)).toEqual({ ok: false, refusal: "onlyPublishedCancel" });
    expect(await cancelSession(prisma, organiser, session.id, new Date("2031-03-25T10:30:00Z"))).toEqual({ ok: false, refusal: "hasStarted" });
    expect(await footprint()).toEqual(before);
    await sendQueuedEmails();
    expect(smtp.received).toHaveLength(0);
  });
});

describe("duplicating and deleting", () => {
  it("duplicates as a draft copy with a fresh slug and the same speakers, without registrations", async () => {
    const { session } = await publishedWith(10, ["CONFIRMED", "WAITLISTED"], {
      speakers: [
        { row: 1, speakerId: speakerIds[1]!, part: "CHAIR" },
        { row: 2, speakerId: speakerIds[0]!, part: "SPEAKER" },
      ],
    });
    const result = await duplicateSession(prisma, organiser, session.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const copy = await prisma.session.findUniqueOrThrow({
      where: { id: result.sessionId },
      include: { speakers: { orderBy: { position: "asc" } }, registrations: true },
    });
    expect(copy).toMatchObject({
      status: "DRAFT",
      title: `${session.title} (copy)`,
      slug: `${session.slug}-copy`,
      capacity: 10,
      startsAt: session.startsAt,
      eventId: session.eventId,
      themeId: session.themeId,
    });
    expect(copy.registrations).toEqual([]);
    expect(copy.speakers.map((speaker) => [speaker.speakerId, speaker.part])).toEqual([
      [speakerIds[1], "CHAIR"],
      [speakerIds[0], "SPEAKER"],
    ]);
    const again = await duplicateSession(prisma, organiser, session.id);
    expect(again.ok && (await prisma.session.findUniqueOrThrow({ where: { id: again.sessionId } })).slug).toBe(`${session.slug}-copy-2`);
    expect(await prisma.auditEntry.count({ where: { action: "session.duplicate", entityId: copy.id } })).toBe(1);
  });

  it("deletes a session nobody registered for, auditing what it was", async () => {
    const draft = await created({ speakers: [{ row: 1, speakerId: speakerIds[0]!, part: "SPEAKER" }] });
    expect(await deleteSession(prisma, organiser, draft.id)).toEqual({ ok: true, title: draft.title });
    expect(await prisma.session.findUnique({ where: { id: draft.id } })).toBeNull();
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "session.delete", entityId: draft.id } });
    expect(entry.before).toMatchObject({ title: draft.title, speakers: [{ speakerId: speakerIds[0] }] });
    expect(entry.after).toBeNull();
    expect(await deleteSession(prisma, organiser, draft.id)).toEqual({ ok: false, refusal: "notFound" });
  });

  it("refuses to delete a session with registrations, even cancelled ones", async () => {
    const { session } = await publishedWith(5, ["CANCELLED"]);
    const before = await footprint();
    expect(await deleteSession(prisma, organiser, session.id)).toEqual({ ok: false, refusal: "hasRegistrations" });
    expect(await footprint()).toEqual(before);
  });
});

describe("the list of sessions", () => {
  it("filters by week, status, theme and text, sorts, and counts places and waiting lists", async () => {
    const full = await publishedWith(2, ["CONFIRMED", "CONFIRMED", "WAITLISTED"], {
      eventId: autumnEventId,
      themeId: autumnThemeId,
      date: "2031-10-21",
      title: `Listed full ${suffix}`,
    });
    const half = await publishedWith(4, ["CONFIRMED", "CONFIRMED"], {
      eventId: autumnEventId,
      themeId: "",
      date: "2031-10-20",
      title: `Listed half ${suffix}`,
    });
    const draft = await created({ eventId: autumnEventId, themeId: autumnThemeId, date: "2031-10-22", title: `Listed draft ${suffix}` });

    const all = await listAdminSessions(prisma, organiser, parseSessionListFilters({ event: `${prefix}-autumn`, q: "Listed" }));
    expect(all.event?.id).toBe(autumnEventId);
    expect(all.sessions.map((session) => session.id)).toEqual([half.session.id, full.session.id, draft.id]);
    expect(all.sessions[1]).toMatchObject({ confirmed: 2, waitlisted: 1, capacity: 2, status: "PUBLISHED" });

    const byId = await listAdminSessions(prisma, organiser, parseSessionListFilters({ event: autumnEventId, q: "Listed" }));
    expect(byId.sessions.map((session) => session.id)).toEqual(all.sessions.map((session) => session.id));
    const byFill = await listAdminSessions(prisma, organiser, parseSessionListFilters({ event: `${prefix}-autumn`, q: "listed", sort: "fill" }));
    expect(byFill.sessions.map((session) => session.id)).toEqual([full.session.id, half.session.id, draft.id]);
    const drafts = await listAdminSessions(prisma, organiser, parseSessionListFilters({ event: `${prefix}-autumn`, q: "listed", status: "draft" }));
    expect(drafts.sessions.map((session) => session.id)).toEqual([draft.id]);
    const noTheme = await listAdminSessions(prisma, organiser, parseSessionListFilters({ event: `${prefix}-autumn`, q: "listed", theme: "none" }));
    expect(noTheme.sessions.map((session) => session.id)).toEqual([half.session.id]);
    const themed = await listAdminSessions(
      prisma,
      organiser,
      parseSessionListFilters({ event: `${prefix}-autumn`, q: "listed", theme: `${prefix}-autumn-theme`, sort: "title" }),
    );
    expect(themed.sessions.map((session) => session.id)).toEqual([draft.id, full.session.id]);

    // The Welsh title is searched too, whatever the page's language.
    await prisma.session.update({ where: { id: draft.id }, data: { titleCy: `Sesiwn ddrafft ${suffix}` } });
    const inWelsh = await listAdminSessions(prisma, organiser, parseSessionListFilters({ event: `${prefix}-autumn`, q: `ddrafft ${suffix}` }));
    expect(inWelsh.sessions.map((session) => session.id)).toEqual([draft.id]);
  });
});
