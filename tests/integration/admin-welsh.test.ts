import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { listMissingWelsh } from "@/lib/admin/dashboard/list-missing-welsh";
import { createEvent } from "@/lib/admin/events/create-event";
import type { EventFormInput } from "@/lib/admin/events/event-schema";
import { setEventStatus } from "@/lib/admin/events/set-event-status";
import { updateEvent } from "@/lib/admin/events/update-event";
import { createSession } from "@/lib/admin/sessions/create-session";
import { duplicateSession } from "@/lib/admin/sessions/duplicate-session";
import type { SessionFormInput } from "@/lib/admin/sessions/session-form-schema";
import { updateSession } from "@/lib/admin/sessions/update-session";
import { createSpeaker } from "@/lib/admin/speakers/create-speaker";
import { updateSpeaker } from "@/lib/admin/speakers/update-speaker";
import { createTheme } from "@/lib/admin/themes/create-theme";
import { updateTheme } from "@/lib/admin/themes/update-theme";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { bilingualDemo } from "@/prisma/seed/demo-week-welsh";
import { DEMO_EVENT_SLUG } from "@/prisma/seed/social-work-week-2025";

// Organisers writing Welsh beside the English (issue 12): the Welsh fields and
// the language of delivery through the admin data functions, in the audit log;
// what of a week still lacks Welsh; and publishing a week with Welsh missing,
// which asks first. Against this run's fresh database: weeks of their own in
// 2033, named with a random suffix, all removed in afterAll.

const suffix = randomBytes(4).toString("hex");
let organiser: CurrentUser;
let attendee: CurrentUser;
const madeEventIds: string[] = [];
const madeSpeakerIds: string[] = [];

beforeAll(async () => {
  const select = { id: true, email: true, name: true, role: true } as const;
  organiser = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.organiser.email }, select });
  attendee = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.attendee.email }, select });
});

afterAll(async () => {
  const sessionIds = (await prisma.session.findMany({ where: { eventId: { in: madeEventIds } }, select: { id: true } })).map((session) => session.id);
  const themeIds = (await prisma.theme.findMany({ where: { eventId: { in: madeEventIds } }, select: { id: true } })).map((theme) => theme.id);
  await prisma.event.deleteMany({ where: { id: { in: madeEventIds } } });
  await prisma.speaker.deleteMany({ where: { id: { in: madeSpeakerIds } } });
  await prisma.auditEntry.deleteMany({ where: { entityId: { in: [...madeEventIds, ...madeSpeakerIds, ...sessionIds, ...themeIds] } } });
});

const englishWeek: EventFormInput = {
  title: `Welsh week ${suffix}`,
  summary: "A week of CPD sessions.",
  description: "About the week.",
  startDate: "2033-03-14",
  endDate: "2033-03-18",
  timeZone: "Europe/London",
  organiserName: "Social Care Wales",
  audienceNote: "social workers\nstudents",
};

const welshOfWeek: Partial<EventFormInput> = {
  titleCy: `Wythnos Gymraeg ${suffix}`,
  summaryCy: "Wythnos o sesiynau DPP.",
  descriptionCy: "Am yr wythnos.",
  organiserNameCy: "Gofal Cymdeithasol Cymru",
  audienceNoteCy: "gweithwyr cymdeithasol\nmyfyrwyr",
};

/** A week made the way an organiser makes one: the form's input through the admin domain function. */
async function weekFromForm(overrides: Partial<EventFormInput> = {}) {
  const result = await createEvent(prisma, organiser, { ...englishWeek, title: `${englishWeek.title} ${madeEventIds.length}`, ...overrides });
  if (!result.ok) throw new Error(`could not create the week: ${JSON.stringify(result.fieldErrors)}`);
  madeEventIds.push(result.eventId);
  return result.eventId;
}

/** A speaker added through the admin domain function, as the form does. */
async function speakerFromForm(overrides: Record<string, string> = {}) {
  const result = await createSpeaker(prisma, organiser, {
    name: `Speaker ${suffix} ${madeSpeakerIds.length}`,
    role: "Chief Executive",
    organisation: "Social Care Wales",
    bio: "Leads the organisation.",
    ...overrides,
  });
  if (!result.ok) throw new Error(`could not create the speaker: ${JSON.stringify(result.fieldErrors)}`);
  madeSpeakerIds.push(result.speakerId);
  return result.speakerId;
}

let titleCounter = 0;
function sessionForm(eventId: string, overrides: Partial<SessionFormInput> = {}): SessionFormInput {
  return {
    eventId,
    title: `Session ${suffix} ${++titleCounter}`,
    summary: "What it is.",
    description: "Why it matters.",
    date: "2033-03-15",
    startTime: "10:00",
    endTime: "11:00",
    format: "IN_PERSON",
    deliveryLanguage: "ENGLISH",
    venue: "County Hall",
    joinUrl: "",
    speakers: [],
    ...overrides,
  };
}

/** A session added through the admin domain function, from a complete form. */
async function sessionFromForm(eventId: string, overrides: Partial<SessionFormInput> = {}) {
  const result = await createSession(prisma, organiser, sessionForm(eventId, overrides));
  if (!result.ok) throw new Error(`could not create the session: ${JSON.stringify(result.fieldErrors)}`);
  return result.sessionId;
}

const lastAudit = (entityId: string) => prisma.auditEntry.findFirstOrThrow({ where: { entityId }, orderBy: { createdAt: "desc" } });

describe("organisers write Welsh beside the English", () => {
  it("stores a week's Welsh organiser and audience notes, in the audit entry too", async () => {
    const eventId = await weekFromForm(welshOfWeek);
    const week = await prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(week).toMatchObject({
      organiserNameCy: "Gofal Cymdeithasol Cymru",
      audienceNoteCy: ["gweithwyr cymdeithasol", "myfyrwyr"],
      titleCy: `Wythnos Gymraeg ${suffix}`,
    });
    expect((await lastAudit(eventId)).after).toMatchObject({
      organiserNameCy: "Gofal Cymdeithasol Cymru",
      audienceNoteCy: ["gweithwyr cymdeithasol", "myfyrwyr"],
    });

    const result = await updateEvent(prisma, organiser, eventId, {
      ...englishWeek,
      title: week.title,
      slug: week.slug,
      ...welshOfWeek,
      organiserNameCy: "",
      audienceNoteCy: "",
    });
    expect(result).toMatchObject({ ok: true });
    const entry = await lastAudit(eventId);
    expect(entry.action).toBe("event.update");
    expect(entry.before).toMatchObject({ organiserNameCy: "Gofal Cymdeithasol Cymru" });
    expect(entry.after).toMatchObject({ organiserNameCy: null, audienceNoteCy: [] });
  });

  it("refuses a Welsh organiser with a line break, writing nothing", async () => {
    const before = await prisma.event.count();
    expect(await createEvent(prisma, organiser, { ...englishWeek, organiserNameCy: "Gofal\r\nATTENDEE:x" })).toEqual({
      ok: false,
      fieldErrors: { organiserNameCy: "controlCharacters" },
    });
    expect(await prisma.event.count()).toBe(before);
  });

  it("stores a speaker's Welsh job title and organisation, before and after in the audit log", async () => {
    const speakerId = await speakerFromForm({ roleCy: "Prif Weithredwr", organisationCy: "Gofal Cymdeithasol Cymru" });
    expect(await prisma.speaker.findUniqueOrThrow({ where: { id: speakerId } })).toMatchObject({
      roleCy: "Prif Weithredwr",
      organisationCy: "Gofal Cymdeithasol Cymru",
      bioCy: null,
    });
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { id: speakerId } });
    const result = await updateSpeaker(prisma, organiser, speakerId, {
      name: speaker.name,
      slug: speaker.slug,
      role: "Chief Executive",
      roleCy: "Prif Weithredwr Dros Dro",
      organisation: "Social Care Wales",
      organisationCy: "Gofal Cymdeithasol Cymru",
      bioCy: "Yn arwain.",
    });
    expect(result).toMatchObject({ ok: true });
    const entry = await lastAudit(speakerId);
    expect(entry.before).toMatchObject({ roleCy: "Prif Weithredwr", bioCy: null });
    expect(entry.after).toMatchObject({ roleCy: "Prif Weithredwr Dros Dro", organisationCy: "Gofal Cymdeithasol Cymru", bioCy: "Yn arwain." });
    expect(await updateSpeaker(prisma, organiser, speakerId, { name: speaker.name, organisationCy: "Gofal\tCymdeithasol" })).toMatchObject({
      ok: false,
      fieldErrors: { organisationCy: "controlCharacters" },
    });
  });

  it("stores a session's Welsh venue and language of delivery, and audits a change of language", async () => {
    const eventId = await weekFromForm();
    const sessionId = await sessionFromForm(eventId, { titleCy: "Sesiwn", venueCy: "Neuadd y Sir", deliveryLanguage: "WELSH" });
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(stored).toMatchObject({ venueCy: "Neuadd y Sir", deliveryLanguage: "WELSH", titleCy: "Sesiwn" });
    expect((await lastAudit(sessionId)).after).toMatchObject({ venueCy: "Neuadd y Sir", deliveryLanguage: "WELSH" });

    const result = await updateSession(
      prisma,
      organiser,
      sessionId,
      sessionForm(eventId, { title: stored.title, slug: stored.slug, titleCy: "Sesiwn", venueCy: "", deliveryLanguage: "BILINGUAL" }),
    );
    expect(result).toMatchObject({ ok: true });
    const entry = await lastAudit(sessionId);
    expect(entry.before).toMatchObject({ deliveryLanguage: "WELSH", venueCy: "Neuadd y Sir" });
    expect(entry.after).toMatchObject({ deliveryLanguage: "BILINGUAL", venueCy: null });
  });

  it("refuses a session without a language of delivery, or with one not on the list, writing nothing", async () => {
    const eventId = await weekFromForm();
    const before = await prisma.session.count({ where: { eventId } });
    for (const deliveryLanguage of [undefined, "", "welsh", "KLINGON"]) {
      const result = await createSession(prisma, organiser, { ...sessionForm(eventId), deliveryLanguage: deliveryLanguage as never });
      expect(result, String(deliveryLanguage)).toEqual({ ok: false, fieldErrors: { deliveryLanguage: "deliveryLanguageRequired" } });
    }
    expect(await createSession(prisma, organiser, sessionForm(eventId, { venueCy: "Neuadd\ny Sir" }))).toMatchObject({
      ok: false,
      fieldErrors: { venueCy: "controlCharacters" },
    });
    expect(await prisma.session.count({ where: { eventId } })).toBe(before);
  });

  it("marks a duplicate's Welsh title as a copy too, keeping its language", async () => {
    const eventId = await weekFromForm();
    const sessionId = await sessionFromForm(eventId, { titleCy: "Llys ffug", deliveryLanguage: "WELSH_WITH_ENGLISH_INTERPRETATION" });
    const result = await duplicateSession(prisma, organiser, sessionId);
    if (!result.ok) throw new Error("duplicate refused");
    expect(await prisma.session.findUniqueOrThrow({ where: { id: result.sessionId } })).toMatchObject({
      titleCy: "Llys ffug (copi)",
      deliveryLanguage: "WELSH_WITH_ENGLISH_INTERPRETATION",
    });
  });
});

describe("what of a week still lacks Welsh", () => {
  it("lists the week, its themes, its sessions and their speakers with English but no Welsh, until it is written", async () => {
    const eventId = await weekFromForm();
    const theme = await createTheme(prisma, organiser, { eventId, name: `Well-being ${suffix}`, summary: "Looking after each other.", colour: "#1d70b8" });
    if (!theme.ok) throw new Error("theme refused");
    const speakerId = await speakerFromForm({ roleCy: "Prif Weithredwr" });
    const online = await sessionFromForm(eventId, {
      format: "ONLINE",
      venue: "Microsoft Teams",
      joinUrl: "https://meet.example.test/a",
      titleCy: "Ar-lein",
      summaryCy: "Beth ydyw.",
      descriptionCy: "Pam.",
    });
    const inPerson = await sessionFromForm(eventId, { themeId: theme.themeId, speakers: [{ row: 1, speakerId, part: "SPEAKER" }] });

    const gaps = await listMissingWelsh(prisma, organiser, eventId);
    expect(gaps).toEqual([
      {
        kind: "event",
        id: eventId,
        name: expect.stringContaining(`Welsh week ${suffix}`) as string,
        fields: ["title", "summary", "description", "organiserName", "audienceNote"],
      },
      { kind: "theme", id: theme.themeId, name: `Well-being ${suffix}`, fields: ["name", "summary"] },
      { kind: "session", id: inPerson, name: expect.any(String) as string, fields: ["title", "summary", "description", "venue"] },
      { kind: "speaker", id: speakerId, name: expect.stringContaining(`Speaker ${suffix}`) as string, fields: ["organisation", "bio"] },
    ]);
    // The online session has all its Welsh; its platform's name needs none.
    expect(gaps?.map((gap) => gap.id)).not.toContain(online);

    // Writing the Welsh takes each record off the list.
    const week = await prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    await updateEvent(prisma, organiser, eventId, { ...englishWeek, title: week.title, slug: week.slug, ...welshOfWeek });
    await updateTheme(prisma, organiser, theme.themeId, {
      eventId,
      name: `Well-being ${suffix}`,
      nameCy: "Llesiant",
      summary: "Looking after each other.",
      summaryCy: "Gofalu am ein gilydd.",
      colour: "#1d70b8",
    });
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { id: speakerId } });
    await updateSpeaker(prisma, organiser, speakerId, {
      name: speaker.name,
      slug: speaker.slug,
      role: "Chief Executive",
      roleCy: "Prif Weithredwr",
      organisation: "Social Care Wales",
      organisationCy: "Gofal Cymdeithasol Cymru",
      bio: "Leads the organisation.",
      bioCy: "Yn arwain y sefydliad.",
    });
    const session = await prisma.session.findUniqueOrThrow({ where: { id: inPerson } });
    await updateSession(
      prisma,
      organiser,
      inPerson,
      sessionForm(eventId, {
        title: session.title,
        slug: session.slug,
        themeId: theme.themeId,
        speakers: [{ row: 1, speakerId, part: "SPEAKER" }],
        titleCy: "Teitl",
        summaryCy: "Crynodeb.",
        descriptionCy: "Disgrifiad.",
        venueCy: "Neuadd y Sir",
      }),
    );
    expect(await listMissingWelsh(prisma, organiser, eventId)).toEqual([]);
  });

  it("finds in the demo week only what was left in English on purpose", async () => {
    const week = await prisma.event.findUniqueOrThrow({ where: { slug: DEMO_EVENT_SLUG }, select: { id: true } });
    const gaps = (await listMissingWelsh(prisma, organiser, week.id)) ?? [];
    const mockCourt = await prisma.session.findUniqueOrThrow({
      where: { slug: bilingualDemo.englishOnly },
      select: { id: true, speakers: { select: { speakerId: true } } },
    });
    expect(gaps.filter((gap) => gap.kind !== "speaker")).toEqual([
      { kind: "session", id: mockCourt.id, name: "Mock court: giving evidence with confidence", fields: ["title", "summary", "description", "venue"] },
    ]);
    expect(
      gaps
        .filter((gap) => gap.kind === "speaker")
        .map((gap) => gap.id)
        .sort(),
    ).toEqual(mockCourt.speakers.map((speaker) => speaker.speakerId).sort());
  });

  it("is null for a week that does not exist, and only for organisers", async () => {
    expect(await listMissingWelsh(prisma, organiser, "no-such-week")).toBeNull();
    await expect(listMissingWelsh(prisma, attendee, madeEventIds[0] ?? "x")).rejects.toThrow(NotOrganiserError);
    await expect(listMissingWelsh(prisma, null as unknown as CurrentUser, "x")).rejects.toThrow(NotOrganiserError);
  });
});

describe("publishing a week with Welsh missing", () => {
  it("first answers with what is missing and publishes nothing, then publishes when told to go ahead", async () => {
    const eventId = await weekFromForm();
    const auditBefore = await prisma.auditEntry.count({ where: { entityId: eventId } });

    const first = await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED" });
    expect(first).toEqual({
      ok: false,
      missingWelsh: [expect.objectContaining({ kind: "event", id: eventId, fields: ["title", "summary", "description", "organiserName", "audienceNote"] })],
    });
    expect(await prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true, publishedAt: true } })).toEqual({
      status: "DRAFT",
      publishedAt: null,
    });
    expect(await prisma.auditEntry.count({ where: { entityId: eventId } })).toBe(auditBefore);

    const confirmed = await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED", publishWithoutWelsh: true });
    expect(confirmed).toMatchObject({ ok: true, changed: true });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("PUBLISHED");
    expect((await lastAudit(eventId)).action).toBe("event.publish");

    // Taking it back to draft never asks, and publishing an already published week changes nothing.
    expect(await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED" })).toMatchObject({ ok: true, changed: false });
    expect(await setEventStatus(prisma, organiser, { eventId, status: "DRAFT" })).toMatchObject({ ok: true, changed: true });
  });

  it("publishes at once when nothing lacks Welsh", async () => {
    const eventId = await weekFromForm(welshOfWeek);
    expect(await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED" })).toMatchObject({ ok: true, changed: true });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("PUBLISHED");
  });

  it("counts what the week's sessions and speakers lack, not only the week", async () => {
    const eventId = await weekFromForm(welshOfWeek);
    const speakerId = await speakerFromForm();
    await sessionFromForm(eventId, {
      format: "ONLINE",
      venue: "Zoom",
      joinUrl: "https://meet.example.test/b",
      titleCy: "T",
      summaryCy: "C",
      descriptionCy: "D",
      speakers: [{ row: 1, speakerId, part: "CHAIR" }],
    });
    const result = await setEventStatus(prisma, organiser, { eventId, status: "PUBLISHED" });
    expect(result).toEqual({ ok: false, missingWelsh: [expect.objectContaining({ kind: "speaker", id: speakerId, fields: ["role", "organisation", "bio"] })] });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("DRAFT");
  });

  it("is refused to anyone but an organiser, whatever they send", async () => {
    const eventId = await weekFromForm();
    await expect(setEventStatus(prisma, attendee, { eventId, status: "PUBLISHED", publishWithoutWelsh: true })).rejects.toThrow(NotOrganiserError);
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("DRAFT");
  });
});
