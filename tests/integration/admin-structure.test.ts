import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { createEvent } from "@/lib/admin/events/create-event";
import { deleteEvent } from "@/lib/admin/events/delete-event";
import type { EventFormInput } from "@/lib/admin/events/event-schema";
import { getEventForEditing } from "@/lib/admin/events/get-event-for-editing";
import { listEventChoices, listEvents } from "@/lib/admin/events/list-events";
import { setEventStatus } from "@/lib/admin/events/set-event-status";
import { updateEvent } from "@/lib/admin/events/update-event";
import { createSpeaker } from "@/lib/admin/speakers/create-speaker";
import { deleteSpeaker } from "@/lib/admin/speakers/delete-speaker";
import { getSpeakerForEditing } from "@/lib/admin/speakers/get-speaker-for-editing";
import { listSpeakers } from "@/lib/admin/speakers/list-speakers";
import { updateSpeaker } from "@/lib/admin/speakers/update-speaker";
import { createTheme } from "@/lib/admin/themes/create-theme";
import { deleteTheme } from "@/lib/admin/themes/delete-theme";
import { getThemeForEditing } from "@/lib/admin/themes/get-theme-for-editing";
import { listThemes } from "@/lib/admin/themes/list-themes";
import { updateTheme } from "@/lib/admin/themes/update-theme";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { getCurrentEvent, getPublishedEvent } from "@/lib/programme/get-current-event";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { createSession } from "@/tests/helpers/factories";

// Weeks, themes and speakers through the admin data functions, against this
// run's fresh database. Everything made here is dated 2031+ and named with a
// random suffix so the demo data is untouched; afterAll removes it all.

const suffix = randomBytes(4).toString("hex");
let organiser: CurrentUser;
let attendee: CurrentUser;
const madeEventIds: string[] = [];
const madeSpeakerIds: string[] = [];

beforeAll(async () => {
  const select = { id: true, email: true, name: true, role: true } as const;
  organiser = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.organiser.email }, select });
  attendee = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.attendee.email }, select });
  expect(organiser.role).toBe("ORGANISER");
  expect(attendee.role).toBe("ATTENDEE");
});

afterAll(async () => {
  const ids = [...madeEventIds, ...madeSpeakerIds];
  const themeIds = (await prisma.theme.findMany({ where: { eventId: { in: madeEventIds } }, select: { id: true } })).map((theme) => theme.id);
  await prisma.event.deleteMany({ where: { id: { in: madeEventIds } } });
  await prisma.speaker.deleteMany({ where: { id: { in: madeSpeakerIds } } });
  await prisma.auditEntry.deleteMany({ where: { entityId: { in: [...ids, ...themeIds] } } });
});

function weekInput(overrides: Partial<EventFormInput> = {}): EventFormInput {
  return {
    title: `Practice Week ${suffix}`,
    summary: "A week of CPD sessions for social workers.",
    description: "",
    startDate: "2031-06-09",
    endDate: "2031-06-13",
    timeZone: "Europe/London",
    organiserName: "Glan Usk County Council",
    audienceNote: "social workers\n\n  students and educators  \n",
    audiences: ["PRACTITIONERS", "STUDENTS_AND_EDUCATORS"],
    ...overrides,
  };
}

/** A week made the way an organiser makes one: the form's input through the admin domain function. */
async function weekFromForm(overrides: Partial<EventFormInput> = {}) {
  const result = await createEvent(prisma, organiser, weekInput(overrides));
  if (!result.ok) throw new Error(`could not create the week: ${JSON.stringify(result.fieldErrors)}`);
  madeEventIds.push(result.eventId);
  return result.eventId;
}

/** A draft hour-long session of the week (10:00 BST on its second day unless told), so a week, theme or speaker is in use. */
function draftSession(eventId: string, options: { themeId?: string; startsAt?: Date; speakerIds?: string[] } = {}) {
  const startsAt = options.startsAt ?? new Date("2031-06-10T09:00:00Z");
  return createSession(
    prisma,
    eventId,
    { themeId: options.themeId, startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60_000), status: "DRAFT" },
    options.speakerIds,
  );
}

/** Row counts that any write would change: a refused write leaves them all as they were. */
async function snapshot() {
  const [events, themes, speakers, sessions, audit] = await Promise.all([
    prisma.event.count(),
    prisma.theme.count(),
    prisma.speaker.count(),
    prisma.session.count(),
    prisma.auditEntry.count(),
  ]);
  return { events, themes, speakers, sessions, audit };
}

async function auditFor(entityId: string) {
  return prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}

describe("weeks", () => {
  it("creates a draft week with a slug from its title, tidy audience notes and an audit entry", async () => {
    const eventId = await weekFromForm();
    const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({
      slug: `practice-week-${suffix}`,
      status: "DRAFT",
      publishedAt: null,
      description: null,
      timeZone: "Europe/London",
      audienceNote: ["social workers", "students and educators"],
      audiences: ["PRACTITIONERS", "STUDENTS_AND_EDUCATORS"],
    });
    expect(event.startDate.toISOString()).toBe("2031-06-09T00:00:00.000Z");
    const [entry, ...more] = await auditFor(eventId);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: "event.create", entityType: "event", actorId: organiser.id, actorEmail: organiser.email, before: null });
    expect(entry?.after).toMatchObject({ slug: `practice-week-${suffix}`, status: "DRAFT" });
  });

  it("numbers a suggested slug that is taken, but refuses a typed slug that is taken", async () => {
    const title = `Twin Week ${suffix}`;
    await weekFromForm({ title });
    const second = await weekFromForm({ title });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: second } })).slug).toBe(`twin-week-${suffix}-2`);
    const before = await snapshot();
    const taken = await createEvent(prisma, organiser, weekInput({ slug: `twin-week-${suffix}` }));
    expect(taken).toEqual({ ok: false, fieldErrors: { slug: "slugTaken" }, values: undefined });
    expect(await snapshot()).toEqual(before);
  });

  const invalidWeeks: [string, Partial<EventFormInput>, Record<string, string>][] = [
    ["no title", { title: "   " }, { title: "titleRequired" }],
    ["no summary", { summary: "" }, { summary: "summaryRequired" }],
    ["no organiser", { organiserName: "" }, { organiserName: "organiserNameRequired" }],
    ["a slug with spaces", { slug: "Practice Week" }, { slug: "slugInvalid" }],
    ["no first day", { startDate: "" }, { startDate: "startDateRequired" }],
    ["a date that does not exist", { startDate: "2031-02-30", endDate: "2031-03-02" }, { startDate: "dateInvalid" }],
    ["a date in the wrong form", { endDate: "13/06/2031" }, { endDate: "dateInvalid" }],
    ["a last day before the first", { startDate: "2031-06-13", endDate: "2031-06-09" }, { endDate: "endBeforeStart" }],
    ["fifteen days", { startDate: "2031-06-01", endDate: "2031-06-15" }, { endDate: "tooLong14Days" }],
    ["an unknown time zone", { timeZone: "Europe/Atlantis" }, { timeZone: "timeZoneInvalid" }],
    ["an unknown audience", { audiences: ["EVERYONE"] as unknown as EventFormInput["audiences"] }, { audiences: "audiencesInvalid" }],
    ["an audience line over 200 characters", { audienceNote: "x".repeat(201) }, { audienceNote: "audienceNoteLineTooLong" }],
    ["a title over 160 characters", { title: "x".repeat(161) }, { title: "tooLong" }],
  ];
  for (const [problem, overrides, fieldErrors] of invalidWeeks) {
    it(`refuses a week with ${problem}, naming the field, and writes nothing`, async () => {
      const before = await snapshot();
      const result = await createEvent(prisma, organiser, weekInput(overrides));
      expect(result).toEqual({ ok: false, fieldErrors });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("accepts a fortnight exactly, and a time zone Intl knows", async () => {
    const eventId = await weekFromForm({ title: `Fortnight ${suffix}`, startDate: "2031-07-01", endDate: "2031-07-14", timeZone: "UTC" });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).timeZone).toBe("UTC");
  });

  it("saves edits with before and after in the audit log", async () => {
    const eventId = await weekFromForm({ title: `Edit me ${suffix}` });
    const result = await updateEvent(
      prisma,
      organiser,
      eventId,
      weekInput({ title: `Edited ${suffix}`, slug: `edited-${suffix}`, titleCy: "Wythnos", audiences: [] }),
    );
    expect(result).toEqual({ ok: true, eventId });
    const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ title: `Edited ${suffix}`, slug: `edited-${suffix}`, titleCy: "Wythnos", audiences: [] });
    const update = (await auditFor(eventId)).find((entry) => entry.action === "event.update");
    expect(update?.before).toMatchObject({ title: `Edit me ${suffix}` });
    expect(update?.after).toMatchObject({ title: `Edited ${suffix}`, slug: `edited-${suffix}` });
  });

  it("keeps its own slug on edit and refuses another week's slug", async () => {
    const first = await weekFromForm({ title: `Keep slug ${suffix}` });
    const other = await weekFromForm({ title: `Other slug ${suffix}` });
    const otherSlug = (await prisma.event.findUniqueOrThrow({ where: { id: other } })).slug;
    expect(await updateEvent(prisma, organiser, first, weekInput({ title: `Keep slug ${suffix}`, slug: `keep-slug-${suffix}` }))).toEqual({
      ok: true,
      eventId: first,
    });
    const before = await snapshot();
    const firstBefore = await prisma.event.findUniqueOrThrow({ where: { id: first } });
    expect(await updateEvent(prisma, organiser, first, weekInput({ slug: otherSlug }))).toMatchObject({ ok: false, fieldErrors: { slug: "slugTaken" } });
    expect(await prisma.event.findUniqueOrThrow({ where: { id: first } })).toEqual(firstBefore);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses new dates that would leave sessions outside the week, and changes nothing", async () => {
    const eventId = await weekFromForm({ title: `Has sessions ${suffix}` });
    // 23:30 UTC on Tuesday 10 June is 00:30 on Wednesday in London (BST): outside a week ending on the 10th there.
    await draftSession(eventId, { startsAt: new Date("2031-06-10T23:30:00Z") });
    const unchanged = await prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    const before = await snapshot();
    const result = await updateEvent(prisma, organiser, eventId, weekInput({ startDate: "2031-06-09", endDate: "2031-06-10" }));
    expect(result).toEqual({ ok: false, fieldErrors: { startDate: "sessionsOutsideDates", endDate: "sessionsOutsideDates" }, values: { count: 1 } });
    expect(await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).toEqual(unchanged);
    expect(await snapshot()).toEqual(before);
    // In UTC the session ends at 00:30 on the 11th too: still outside. Ending on the 11th includes it.
    expect(await updateEvent(prisma, organiser, eventId, weekInput({ startDate: "2031-06-09", endDate: "2031-06-11" }))).toMatchObject({ ok: true });
  });

  it("says so when the week was deleted meanwhile", async () => {
    expect(await updateEvent(prisma, organiser, "no-such-week", weekInput())).toMatchObject({ ok: false, fieldErrors: { form: "notFound" } });
    expect(await setEventStatus(prisma, organiser, { eventId: "no-such-week", status: "PUBLISHED" })).toEqual({ ok: false, fieldErrors: { form: "notFound" } });
    expect(await deleteEvent(prisma, organiser, "no-such-week")).toEqual({ ok: false, fieldErrors: { form: "notFound" } });
  });

  it("publishes and unpublishes, with audit entries; the public site leads with it only while published", async () => {
    const eventId = await weekFromForm({ title: `Publish me ${suffix}`, startDate: "2032-03-15", endDate: "2032-03-19" });
    const during = new Date("2032-03-16T12:00:00Z");
    const slug = (await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).slug;
    expect((await getCurrentEvent(prisma, during))?.id).not.toBe(eventId);
    expect(await getPublishedEvent(prisma, slug)).toBeNull();

    const publishedAt = new Date("2032-01-01T10:00:00Z");
    // Written in English only: publishing it is confirmed (tests/integration/admin-welsh.test.ts has the first step).
    expect(await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED", publishWithoutWelsh: true }, publishedAt)).toEqual({
      ok: true,
      changed: true,
      title: `Publish me ${suffix}`,
    });
    expect(await prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true, publishedAt: true } })).toEqual({
      status: "PUBLISHED",
      publishedAt,
    });
    expect((await getCurrentEvent(prisma, during))?.id).toBe(eventId);
    expect((await getCurrentEvent(prisma, new Date("2032-03-01T12:00:00Z")))?.id).toBe(eventId);
    expect((await getPublishedEvent(prisma, slug))?.id).toBe(eventId);

    // Publishing again changes nothing and logs nothing.
    const auditBefore = (await auditFor(eventId)).length;
    expect(await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED" })).toMatchObject({ ok: true, changed: false });
    expect((await auditFor(eventId)).length).toBe(auditBefore);

    expect(await setEventStatus(prisma, organiser, { eventId, status: "DRAFT" })).toMatchObject({ ok: true, changed: true });
    expect(await prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true, publishedAt: true } })).toEqual({
      status: "DRAFT",
      publishedAt: null,
    });
    expect((await getCurrentEvent(prisma, during))?.id).not.toBe(eventId);
    expect(await getPublishedEvent(prisma, slug)).toBeNull();

    const actions = (await auditFor(eventId)).map((entry) => entry.action);
    expect(actions).toEqual(["event.create", "event.publish", "event.unpublish"]);
    const publish = (await auditFor(eventId))[1];
    expect(publish?.before).toMatchObject({ status: "DRAFT" });
    expect(publish?.after).toMatchObject({ status: "PUBLISHED" });
  });

  it("refuses to delete a week with sessions, and deletes an empty one with its themes", async () => {
    const busy = await weekFromForm({ title: `Busy ${suffix}` });
    await draftSession(busy);
    await draftSession(busy);
    const before = await snapshot();
    expect(await deleteEvent(prisma, organiser, busy)).toEqual({ ok: false, fieldErrors: { form: "deleteHasSessions" }, values: { count: 2 } });
    expect(await snapshot()).toEqual(before);

    const empty = await weekFromForm({ title: `Empty ${suffix}` });
    const theme = await createTheme(prisma, organiser, themeInput(empty, { name: `Goes with the week ${suffix}` }));
    expect(theme.ok).toBe(true);
    expect(await deleteEvent(prisma, organiser, empty)).toEqual({ ok: true, title: `Empty ${suffix}` });
    expect(await prisma.event.findUnique({ where: { id: empty } })).toBeNull();
    expect(await prisma.theme.count({ where: { eventId: empty } })).toBe(0);
    const deletion = (await auditFor(empty)).find((entry) => entry.action === "event.delete");
    expect(deletion?.after).toBeNull();
    expect(deletion?.before).toMatchObject({ title: `Empty ${suffix}`, themes: [{ name: `Goes with the week ${suffix}` }] });
  });

  it("lists weeks with search, sort, session counts and timing", async () => {
    const eventId = await weekFromForm({ title: `Findable ${suffix}`, startDate: "2031-09-01", endDate: "2031-09-05" });
    await draftSession(eventId, { startsAt: new Date("2031-09-02T09:00:00Z") });
    const found = await listEvents(prisma, organiser, { q: `findable ${suffix}`.toUpperCase() }, new Date("2031-09-03T12:00:00Z"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: eventId, sessionCount: 1, timing: "current", status: "DRAFT" });
    expect(await listEvents(prisma, organiser, { q: `nothing-${suffix}` })).toEqual([]);
    const byTitle = await listEvents(prisma, organiser, { sort: "title" });
    const titles = byTitle.map((event) => event.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const newest = await listEvents(prisma, organiser, { sort: "newest" });
    expect(newest.map((event) => event.startDate.getTime())).toEqual(newest.map((event) => event.startDate.getTime()).sort((a, b) => b - a));
    const editing = await getEventForEditing(prisma, organiser, eventId);
    expect(editing).toMatchObject({ sessionCount: 1, themeCount: 0 });
  });
});

function themeInput(eventId: string, overrides: Record<string, unknown> = {}) {
  return { eventId, name: `Well-being ${suffix}`, summary: "Looking after each other.", colour: "#1D70B8", position: "2", ...overrides };
}

describe("themes", () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await weekFromForm({ title: `Themes week ${suffix}` });
  });

  it("creates a theme with a suggested slug and lower-case colour, with an audit entry", async () => {
    const result = await createTheme(prisma, organiser, themeInput(eventId, { nameCy: "Llesiant" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const theme = await prisma.theme.findUniqueOrThrow({ where: { id: result.themeId } });
    expect(theme).toMatchObject({ slug: `well-being-${suffix}`, colour: "#1d70b8", position: 2, nameCy: "Llesiant", summaryCy: null, eventId });
    const [entry] = await auditFor(result.themeId);
    expect(entry).toMatchObject({ action: "theme.create", entityType: "theme" });
    expect(entry?.after).toMatchObject({ colour: "#1d70b8" });
  });

  const invalidThemes: [string, Record<string, unknown>, Record<string, string>][] = [
    ["no week", { eventId: "" }, { eventId: "eventRequired" }],
    ["no name", { name: "" }, { name: "nameRequired" }],
    ["no summary", { summary: " " }, { summary: "summaryRequired" }],
    ["a colour name instead of #rrggbb", { colour: "navy" }, { colour: "colourInvalid" }],
    ["a short colour", { colour: "#123" }, { colour: "colourInvalid" }],
    ["no colour", { colour: "" }, { colour: "colourRequired" }],
    ["a colour too light to see on white", { colour: "#ffdd00" }, { colour: "colourLowContrast" }],
    ["a grey just under 3:1", { colour: "#959595" }, { colour: "colourLowContrast" }],
    ["a negative position", { position: "-1" }, { position: "positionInvalid" }],
    ["a fractional position", { position: "1.5" }, { position: "positionInvalid" }],
    ["a bad slug", { slug: "well_being" }, { slug: "slugInvalid" }],
  ];
  for (const [problem, overrides, fieldErrors] of invalidThemes) {
    it(`refuses a theme with ${problem}, naming the field, and writes nothing`, async () => {
      const before = await snapshot();
      expect(await createTheme(prisma, organiser, themeInput(eventId, overrides))).toEqual({ ok: false, fieldErrors });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses a week that does not exist and a slug that is taken, writing nothing", async () => {
    const before = await snapshot();
    expect(await createTheme(prisma, organiser, themeInput("no-such-week"))).toMatchObject({ ok: false, fieldErrors: { eventId: "eventRequired" } });
    const demoTheme = await prisma.theme.findFirstOrThrow({ select: { slug: true } });
    expect(await createTheme(prisma, organiser, themeInput(eventId, { slug: demoTheme.slug }))).toMatchObject({
      ok: false,
      fieldErrors: { slug: "slugTaken" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("edits a theme with before and after; one in use cannot move to another week", async () => {
    const created = await createTheme(prisma, organiser, themeInput(eventId, { name: `Movable ${suffix}` }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const otherWeek = await weekFromForm({ title: `Other themes week ${suffix}` });
    expect(await updateTheme(prisma, organiser, created.themeId, themeInput(otherWeek, { name: `Moved ${suffix}`, colour: "#00703c" }))).toEqual({
      ok: true,
      themeId: created.themeId,
      eventId: otherWeek,
    });
    const update = (await auditFor(created.themeId)).find((entry) => entry.action === "theme.update");
    expect(update?.before).toMatchObject({ name: `Movable ${suffix}`, eventId });
    expect(update?.after).toMatchObject({ name: `Moved ${suffix}`, eventId: otherWeek, colour: "#00703c" });

    await draftSession(otherWeek, { themeId: created.themeId });
    const unchanged = await prisma.theme.findUniqueOrThrow({ where: { id: created.themeId } });
    const before = await snapshot();
    expect(await updateTheme(prisma, organiser, created.themeId, themeInput(eventId, { name: `Moved ${suffix}` }))).toEqual({
      ok: false,
      fieldErrors: { eventId: "cannotMoveInUse" },
      values: { count: 1 },
    });
    expect(await updateTheme(prisma, organiser, created.themeId, themeInput(otherWeek, { colour: "#eeeeee" }))).toEqual({
      ok: false,
      fieldErrors: { colour: "colourLowContrast" },
    });
    expect(await prisma.theme.findUniqueOrThrow({ where: { id: created.themeId } })).toEqual(unchanged);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to delete a theme in use (saying how many sessions), and deletes an unused one", async () => {
    const used = await createTheme(prisma, organiser, themeInput(eventId, { name: `Used ${suffix}` }));
    if (!used.ok) throw new Error(JSON.stringify(used));
    const sessions = [await draftSession(eventId, { themeId: used.themeId }), await draftSession(eventId, { themeId: used.themeId })];
    const before = await snapshot();
    expect(await deleteTheme(prisma, organiser, used.themeId)).toEqual({ ok: false, fieldErrors: { form: "deleteInUse" }, values: { count: 2 } });
    expect(await snapshot()).toEqual(before);
    const editing = await getThemeForEditing(prisma, organiser, used.themeId);
    expect(editing?.sessions.map((session) => session.id).sort()).toEqual(sessions.map((session) => session.id).sort());

    const unused = await createTheme(prisma, organiser, themeInput(eventId, { name: `Unused ${suffix}` }));
    if (!unused.ok) throw new Error(JSON.stringify(unused));
    expect(await deleteTheme(prisma, organiser, unused.themeId)).toEqual({ ok: true, name: `Unused ${suffix}`, eventId });
    expect(await prisma.theme.findUnique({ where: { id: unused.themeId } })).toBeNull();
    const deletion = (await auditFor(unused.themeId)).find((entry) => entry.action === "theme.delete");
    expect(deletion?.before).toMatchObject({ name: `Unused ${suffix}` });
  });

  it("lists themes filtered by week, searched and sorted", async () => {
    const week = await weekFromForm({ title: `Sorted themes ${suffix}` });
    for (const [name, position] of [
      ["Zebra", "0"],
      ["Aardvark", "1"],
    ] as const) {
      expect((await createTheme(prisma, organiser, themeInput(week, { name: `${name} ${suffix}`, position }))).ok).toBe(true);
    }
    const byPosition = await listThemes(prisma, organiser, { event: week, q: "", sort: "position" });
    expect(byPosition.map((theme) => theme.name)).toEqual([`Zebra ${suffix}`, `Aardvark ${suffix}`]);
    const byName = await listThemes(prisma, organiser, { event: week, q: "", sort: "name" });
    expect(byName.map((theme) => theme.name)).toEqual([`Aardvark ${suffix}`, `Zebra ${suffix}`]);
    expect((await listThemes(prisma, organiser, { event: week, q: "zEBRA", sort: "name" })).map((theme) => theme.name)).toEqual([`Zebra ${suffix}`]);
    expect(await listThemes(prisma, organiser, { event: week, q: "nothing like this", sort: "name" })).toEqual([]);
  });
});

describe("speakers", () => {
  it("creates, edits and lists a speaker, with audit entries", async () => {
    const created = await createSpeaker(prisma, organiser, { name: `Dr Siân Jones ${suffix}`, role: "Principal social worker", organisation: "", bio: "" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    madeSpeakerIds.push(created.speakerId);
    expect(await prisma.speaker.findUniqueOrThrow({ where: { id: created.speakerId } })).toMatchObject({
      slug: `dr-sian-jones-${suffix}`,
      role: "Principal social worker",
      organisation: null,
      bio: null,
    });
    expect(
      await updateSpeaker(prisma, organiser, created.speakerId, {
        name: `Dr Siân Jones ${suffix}`,
        slug: `sian-jones-${suffix}`,
        organisation: "Taff Valley Council",
        bioCy: "Bywgraffiad",
      }),
    ).toEqual({
      ok: true,
      speakerId: created.speakerId,
    });
    const [create, update] = await auditFor(created.speakerId);
    expect(create?.action).toBe("speaker.create");
    expect(update?.action).toBe("speaker.update");
    expect(update?.before).toMatchObject({ slug: `dr-sian-jones-${suffix}`, organisation: null });
    expect(update?.after).toMatchObject({ slug: `sian-jones-${suffix}`, organisation: "Taff Valley Council", bioCy: "Bywgraffiad" });
    const found = await listSpeakers(prisma, organiser, { q: "taff valley", sort: "name" });
    expect(found.map((speaker) => speaker.id)).toContain(created.speakerId);
    expect(await listSpeakers(prisma, organiser, { q: `no speaker ${suffix}`, sort: "name" })).toEqual([]);
  });

  const invalidSpeakers: [string, Record<string, unknown>, Record<string, string>][] = [
    ["no name", { name: "  " }, { name: "nameRequired" }],
    ["a name over 120 characters", { name: "x".repeat(121) }, { name: "tooLong" }],
    ["an upper-case slug", { name: "Someone", slug: "Someone" }, { slug: "slugInvalid" }],
    ["a role over 160 characters", { name: "Someone", role: "x".repeat(161) }, { role: "tooLong" }],
  ];
  for (const [problem, input, fieldErrors] of invalidSpeakers) {
    it(`refuses a speaker with ${problem}, naming the field, and writes nothing`, async () => {
      const before = await snapshot();
      expect(await createSpeaker(prisma, organiser, input)).toEqual({ ok: false, fieldErrors });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses another speaker's slug and writes nothing", async () => {
    const demoSpeaker = await prisma.speaker.findFirstOrThrow({ where: { slug: "siobhan-maclean" }, select: { slug: true } });
    const before = await snapshot();
    expect(await createSpeaker(prisma, organiser, { name: "Another", slug: demoSpeaker.slug })).toMatchObject({
      ok: false,
      fieldErrors: { slug: "slugTaken" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to delete a speaker who is in sessions, shows those sessions, and deletes one who is in none", async () => {
    const eventId = await weekFromForm({ title: `Speakers week ${suffix}` });
    const busy = await createSpeaker(prisma, organiser, { name: `Busy Speaker ${suffix}` });
    const free = await createSpeaker(prisma, organiser, { name: `Free Speaker ${suffix}` });
    if (!busy.ok || !free.ok) throw new Error("could not create the speakers");
    madeSpeakerIds.push(busy.speakerId, free.speakerId);
    const session = await draftSession(eventId, { speakerIds: [busy.speakerId] });
    const before = await snapshot();
    expect(await deleteSpeaker(prisma, organiser, busy.speakerId)).toEqual({ ok: false, fieldErrors: { form: "deleteInSessions" }, values: { count: 1 } });
    expect(await snapshot()).toEqual(before);
    const editing = await getSpeakerForEditing(prisma, organiser, busy.speakerId);
    expect(editing?.sessions).toEqual([expect.objectContaining({ id: session.id, title: session.title, part: "SPEAKER" })]);

    const bySessions = await listSpeakers(prisma, organiser, { q: suffix, sort: "sessions" });
    expect(bySessions[0]).toMatchObject({ id: busy.speakerId, sessionCount: 1 });

    expect(await deleteSpeaker(prisma, organiser, free.speakerId)).toEqual({ ok: true, name: `Free Speaker ${suffix}` });
    expect(await prisma.speaker.findUnique({ where: { id: free.speakerId } })).toBeNull();
    expect((await auditFor(free.speakerId)).map((entry) => entry.action)).toEqual(["speaker.create", "speaker.delete"]);
  });
});

describe("someone who is not an organiser", () => {
  it("is refused by every function with NotOrganiserError, and nothing is written", async () => {
    const eventId = await weekFromForm({ title: `Guarded ${suffix}` });
    const theme = await createTheme(prisma, organiser, themeInput(eventId, { name: `Guarded theme ${suffix}` }));
    const speaker = await createSpeaker(prisma, organiser, { name: `Guarded speaker ${suffix}` });
    if (!theme.ok || !speaker.ok) throw new Error("setup failed");
    madeSpeakerIds.push(speaker.speakerId);
    const before = await snapshot();
    const rows = async () => [
      await prisma.event.findUniqueOrThrow({ where: { id: eventId } }),
      await prisma.theme.findUniqueOrThrow({ where: { id: theme.themeId } }),
      await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.speakerId } }),
    ];
    const rowsBefore = await rows();
    const anonymous = null as unknown as CurrentUser;
    for (const actor of [attendee, anonymous, { ...organiser, role: "ATTENDEE" as const }]) {
      const attempts: (() => Promise<unknown>)[] = [
        () => createEvent(prisma, actor, weekInput({ title: `Sneaky ${suffix}` })),
        () => updateEvent(prisma, actor, eventId, weekInput({ title: "Changed" })),
        () => setEventStatus(prisma, actor, { eventId, status: "PUBLISHED" }),
        () => deleteEvent(prisma, actor, eventId),
        () => listEvents(prisma, actor, {}),
        () => listEventChoices(prisma, actor),
        () => getEventForEditing(prisma, actor, eventId),
        () => createTheme(prisma, actor, themeInput(eventId, { name: "Sneaky theme" })),
        () => updateTheme(prisma, actor, theme.themeId, themeInput(eventId, { name: "Changed" })),
        () => deleteTheme(prisma, actor, theme.themeId),
        () => listThemes(prisma, actor, { event: "", q: "", sort: "name" }),
        () => getThemeForEditing(prisma, actor, theme.themeId),
        () => createSpeaker(prisma, actor, { name: "Sneaky speaker" }),
        () => updateSpeaker(prisma, actor, speaker.speakerId, { name: "Changed" }),
        () => deleteSpeaker(prisma, actor, speaker.speakerId),
        () => listSpeakers(prisma, actor, { q: "", sort: "name" }),
        () => getSpeakerForEditing(prisma, actor, speaker.speakerId),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotOrganiserError);
    }
    expect(await snapshot()).toEqual(before);
    expect(await rows()).toEqual(rowsBefore);
  });
});
