import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { frabGuid, type FrabSchedule } from "@/lib/schedule/build-frab-schedule";
import { frabScheduleJsonText } from "@/lib/schedule/frab-schedule-json";
import {
  FRAB_XML_ROOT_ORDER,
  frabJsonDocumentSchema,
  frabXmlDocumentSchema,
  type FrabJsonDocument,
  type FrabXmlDocument,
} from "@/lib/schedule/frab-schedule-schema";
import { frabScheduleXml } from "@/lib/schedule/frab-schedule-xml";
import { getWeekSchedule } from "@/lib/schedule/get-week-schedule";
import { UPCOMING_EVENT_SLUG, upcomingSlugs } from "@/prisma/seed/glan-usk-practice-week";
import { PAST_EVENT_SLUG } from "@/prisma/seed/practice-week-2024";
import { DEMO_EVENT_SLUG, demoSlugs } from "@/prisma/seed/social-work-week-2025";
import { createSession, createSpeaker, createTheme, createWeek } from "../helpers/factories";
import { frabXmlRootOrder, parseFrabXml } from "../helpers/frab-xml";

// The Frab schedule files (/weeks/<slug>/schedule.xml and .json) as the route
// handlers build them (getWeekSchedule over the public programme's loaders;
// Next.js's cache calls do nothing outside a server), read back by an
// independent XML parser and JSON.parse, and held to what the published Frab
// schemas require (lib/schedule/frab-schedule-schema.ts).

vi.mock("next/cache", () => ({ cacheTag: () => undefined, cacheLife: () => undefined }));

const SITE = "https://cpdweek.example";

type Files = { schedule: FrabSchedule; xml: string; json: string; xmlDocument: FrabXmlDocument; jsonDocument: FrabJsonDocument };

/** Both files of a week, each parsed and checked against its schema. */
async function scheduleFiles(slug: string, locale: AppLocale = "en"): Promise<Files> {
  const schedule = await getWeekSchedule(slug, { locale, siteUrl: SITE });
  if (!schedule) throw new Error(`no schedule for ${slug}`);
  const xml = frabScheduleXml(schedule);
  const json = frabScheduleJsonText(schedule);
  expect(XMLValidator.validate(xml), `${slug} XML is well-formed`).toBe(true);
  expect(frabXmlRootOrder(xml)).toMatch(FRAB_XML_ROOT_ORDER);
  const xmlResult = frabXmlDocumentSchema.safeParse(parseFrabXml(xml));
  expect(xmlResult.error?.issues ?? [], `${slug} XML against the XSD's rules`).toEqual([]);
  const jsonResult = frabJsonDocumentSchema.safeParse(JSON.parse(json));
  expect(jsonResult.error?.issues ?? [], `${slug} JSON against the JSON schema's rules`).toEqual([]);
  return { schedule, xml, json, xmlDocument: xmlResult.data!, jsonDocument: jsonResult.data! };
}

/** The events of the XML, flattened, as the same fields the JSON has. */
function xmlEvents(document: FrabXmlDocument) {
  return document.schedule.day.flatMap((day) =>
    day === ""
      ? []
      : (day.room ?? []).flatMap((room) =>
          room === ""
            ? []
            : (room.event ?? []).map((event) => ({
                id: Number(event["@_id"]),
                guid: event["@_guid"],
                date: event.date,
                start: event.start,
                duration: event.duration,
                room: event.room,
                roomListedUnder: room["@_name"],
                slug: event.slug,
                url: event.url,
                title: event.title,
                track: event.track,
                type: event.type,
                language: event.language,
                abstract: event.abstract,
                description: event.description,
                persons:
                  event.persons === "" || event.persons === undefined
                    ? []
                    : (event.persons.person ?? []).map((person) => (typeof person === "string" ? person : (person["#text"] ?? ""))),
              })),
        ),
  );
}

function jsonEvents(document: FrabJsonDocument) {
  return document.schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([roomName, events]) =>
      events.map((event) => ({
        id: event.id,
        guid: event.guid,
        date: event.date,
        start: event.start,
        duration: event.duration,
        room: event.room,
        roomListedUnder: roomName,
        slug: event.slug,
        url: event.url,
        title: event.title,
        track: event.track ?? "",
        type: event.type,
        language: event.language,
        abstract: event.abstract,
        description: event.description,
        persons: event.persons.map((person) => person.name ?? ""),
      })),
    ),
  );
}

async function sessionsOfWeek(slug: string) {
  return prisma.session.findMany({
    where: { event: { slug } },
    select: { id: true, slug: true, title: true, number: true, status: true, unlisted: true, joinUrl: true, checkInCode: true },
  });
}

describe("the demo weeks' schedule files", () => {
  for (const slug of [DEMO_EVENT_SLUG, PAST_EVENT_SLUG, UPCOMING_EVENT_SLUG]) {
    for (const locale of ["en", "cy"] as const) {
      it(`${slug} (${locale}): XML and JSON meet the published schemas and say the same`, async () => {
        const { xmlDocument, jsonDocument, schedule } = await scheduleFiles(slug, locale);
        const fromXml = xmlEvents(xmlDocument);
        const fromJson = jsonEvents(jsonDocument);
        expect(fromXml.length).toBeGreaterThan(0);
        expect(fromXml).toEqual(fromJson);
        // Each event sits in the room it names.
        for (const event of fromJson) expect(event.room).toBe(event.roomListedUnder);
        expect(jsonDocument.schedule.conference.acronym).toBe(slug.replaceAll("-", "_"));
        expect(xmlDocument.schedule.conference.acronym).toBe(jsonDocument.schedule.conference.acronym);
        expect(xmlDocument.schedule.version).toBe(schedule.version);
        expect(jsonDocument.schedule.conference.daysCount).toBe(jsonDocument.schedule.conference.days.length);
        expect(Number(xmlDocument.schedule.conference.days)).toBe(jsonDocument.schedule.conference.days.length);
      });
    }

    it(`${slug}: lists exactly the sessions taking place and in the programme, with public fields only`, async () => {
      const { xml, json, jsonDocument } = await scheduleFiles(slug);
      const sessions = await sessionsOfWeek(slug);
      const listed = sessions.filter((session) => session.status === "PUBLISHED" && !session.unlisted);
      const events = jsonEvents(jsonDocument);
      expect(events.map((event) => event.id).sort((a, b) => a - b)).toEqual(listed.map((session) => session.number).sort((a, b) => a - b));
      expect(events.map((event) => event.guid).sort()).toEqual(listed.map((session) => frabGuid("session", session.id)).sort());
      for (const session of sessions.filter((candidate) => !listed.includes(candidate))) {
        expect(json).not.toContain(`/sessions/${session.slug}"`);
        expect(xml).not.toContain(`/sessions/${session.slug}<`);
      }
      for (const secret of sessions.flatMap((session) => [session.joinUrl, session.checkInCode]).filter((value): value is string => Boolean(value))) {
        expect(json).not.toContain(secret);
        expect(xml).not.toContain(secret);
      }
      expect(json).not.toMatch(/"(capacity|places|joinUrl|email|registrations)"/);
      expect(xml).not.toMatch(/capacity|joinUrl|@/);
    });
  }

  it("leaves out the demo week's draft and cancelled sessions, and Glan Usk's session left out of the programme", async () => {
    const demo = await scheduleFiles(DEMO_EVENT_SLUG);
    const upcoming = await scheduleFiles(UPCOMING_EVENT_SLUG);
    const slugs = [...jsonEvents(demo.jsonDocument), ...jsonEvents(upcoming.jsonDocument)].map((event) => event.url.split("/").pop());
    expect(slugs).toContain(demoSlugs.mockCourt);
    expect(slugs).not.toContain(demoSlugs.draft);
    expect(slugs).not.toContain(demoSlugs.cancelled);
    expect(slugs).not.toContain(upcomingSlugs.invitation);
  });

  it("writes the Welsh where organisers wrote it, and links to the Welsh pages", async () => {
    const english = jsonEvents((await scheduleFiles(UPCOMING_EVENT_SLUG, "en")).jsonDocument);
    const welsh = jsonEvents((await scheduleFiles(UPCOMING_EVENT_SLUG, "cy")).jsonDocument);
    const inPerson = await prisma.session.findUniqueOrThrow({ where: { slug: upcomingSlugs.inPerson }, select: { number: true, titleCy: true } });
    expect(inPerson.titleCy).toBeTruthy();
    expect(welsh.find((event) => event.id === inPerson.number)?.title).toBe(inPerson.titleCy);
    expect(welsh.every((event) => event.url.startsWith(`${SITE}/cy/sessions/`))).toBe(true);
    expect(english.every((event) => event.url.startsWith(`${SITE}/sessions/`))).toBe(true);
    // The same events, with the same ids and guids, in either language.
    expect(welsh.map((event) => [event.id, event.guid])).toEqual(english.map((event) => [event.id, event.guid]));
  });
});

// A week with everything that could go wrong in organisers' text and times.
describe("a week with awkward text and times", () => {
  let slug = "";
  let draftSlug = "";
  const ids: Record<string, { id: string; number: number; slug: string }> = {};
  const speakerIds: string[] = [];

  beforeAll(async () => {
    const week = await createWeek(prisma, {
      title: "Practice & <Policy> Week",
      titleCy: "Wythnos Ymarfer a Pholisi: ŵ ŷ",
      summary: "Bell\u0007 and escape\u001b in the summary",
      // Sunday 29 March 2026: the clocks go forward an hour at 01:00 UTC.
      startDate: new Date("2026-03-27T00:00:00Z"),
      endDate: new Date("2026-03-31T00:00:00Z"),
    });
    slug = week.slug;
    draftSlug = (await createWeek(prisma, { status: "DRAFT", publishedAt: null })).slug;
    const rights = await createTheme(prisma, week.id, { name: "Rights & <justice>", nameCy: "Hawliau a chyfiawnder", position: 1 });
    const wellBeing = await createTheme(prisma, week.id, { name: "Well-being", nameCy: "Llesiant", position: 2 });
    const speaker = await createSpeaker(prisma, { name: "Siân O'Brien & <Co>" });
    const other = await createSpeaker(prisma, { name: "Ŵyn Rhys" });
    speakerIds.push(speaker.id, other.id);
    const make = async (key: string, data: Parameters<typeof createSession>[2], speakers: string[] = []) => {
      const session = await createSession(prisma, week.id, data, speakers);
      ids[key] = { id: session.id, number: session.number, slug: session.slug };
    };
    await make(
      "script",
      {
        themeId: rights.id,
        title: 'Risk & "safety" <script>alert(1)</script>',
        titleCy: "Risg a diogelwch ŵ ŷ",
        summary: "Control\u0001 characters\u001f, DEL\u007f and NEL\u0085 dropped; tab\tkept",
        description: "Line one\r\nLine two ]]> & more",
        joinUrl: "https://teams.example/join/secret-join-link",
        capacity: 40,
        startsAt: new Date("2026-03-27T10:00:00Z"),
        endsAt: new Date("2026-03-27T11:30:00Z"),
        deliveryLanguage: "BILINGUAL",
      },
      [speaker.id, other.id],
    );
    await make("midnight", {
      themeId: wellBeing.id,
      title: "Night shift practice",
      format: "IN_PERSON",
      venue: "County Hall & Annexe",
      startsAt: new Date("2026-03-27T23:30:00Z"),
      endsAt: new Date("2026-03-28T00:45:00Z"),
    });
    await make("clockChange", {
      themeId: rights.id,
      title: "Summer time starts",
      startsAt: new Date("2026-03-29T09:00:00Z"),
      endsAt: new Date("2026-03-29T10:00:00Z"),
      deliveryLanguage: "WELSH",
    });
    await make("noTheme", { title: "Open online session", startsAt: new Date("2026-03-30T13:00:00Z"), endsAt: new Date("2026-03-30T14:00:00Z") });
    await make("noVenue", {
      title: "Somewhere in the county",
      format: "IN_PERSON",
      venue: null,
      startsAt: new Date("2026-03-31T09:00:00Z"),
      endsAt: new Date("2026-03-31T10:00:00Z"),
    });
    await make("cancelled", { title: "Called-off session", status: "CANCELLED", cancelledAt: new Date() });
    await make("draft", { title: "Not-yet-published session", status: "DRAFT" });
    await make("unlisted", { title: "Invitation-only session", unlisted: true });
  });

  afterAll(async () => {
    await prisma.event.deleteMany({ where: { slug: { in: [slug, draftSlug] } } });
    await prisma.speaker.deleteMany({ where: { id: { in: speakerIds } } });
  });

  it("meets the published schemas in both languages, and both files say the same", async () => {
    for (const locale of ["en", "cy"] as const) {
      const { xmlDocument, jsonDocument } = await scheduleFiles(slug, locale);
      expect(xmlEvents(xmlDocument)).toEqual(jsonEvents(jsonDocument));
    }
  });

  it("keeps ampersands, angle brackets and quotes as text, and drops the characters XML cannot carry", async () => {
    const { xml, jsonDocument } = await scheduleFiles(slug);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const event = jsonEvents(jsonDocument).find((candidate) => candidate.id === ids.script!.number)!;
    expect(event).toMatchObject({
      title: 'Risk & "safety" <script>alert(1)</script>',
      abstract: "Control characters, DEL and NEL dropped; tab\tkept",
      description: "Line one\nLine two ]]> & more",
      track: "Rights & <justice>",
      language: "cy, en",
      persons: ["Siân O'Brien & <Co>", "Ŵyn Rhys"],
    });
    expect(jsonDocument.schedule.conference.title).toBe("Practice & <Policy> Week");
    expect(jsonDocument.schedule.conference.description).toBe("Bell and escape in the summary");
  });

  it("puts a session crossing midnight on the day it starts, and gives times the offset of the day they fall on", async () => {
    const { jsonDocument } = await scheduleFiles(slug);
    const days = jsonDocument.schedule.conference.days;
    expect(days.map((day) => day.date)).toEqual(["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"]);
    expect(days.map((day) => day.index)).toEqual([1, 2, 3, 4, 5]);
    expect(days[2]).toMatchObject({ day_start: "2026-03-29T00:00:00+00:00", day_end: "2026-03-29T23:59:59+01:00" });
    const midnight = Object.values(days[0]!.rooms)
      .flat()
      .find((event) => event.id === ids.midnight!.number);
    expect(midnight).toMatchObject({ date: "2026-03-27T23:30:00+00:00", start: "23:30", duration: "01:15", room: "County Hall & Annexe" });
    const summer = Object.values(days[2]!.rooms)
      .flat()
      .find((event) => event.id === ids.clockChange!.number);
    expect(summer).toMatchObject({ date: "2026-03-29T10:00:00+01:00", start: "10:00", language: "cy" });
  });

  it("has venues as rooms, one online room per theme, and leaves out cancelled, draft and unlisted sessions", async () => {
    const { jsonDocument, json, xml } = await scheduleFiles(slug);
    const rooms = jsonDocument.schedule.conference.rooms!.map((room) => room.name);
    expect(rooms).toEqual(["County Hall & Annexe", "Venue to be confirmed", "Online: Rights & <justice>", "Online"]);
    expect(
      jsonEvents(jsonDocument)
        .map((event) => event.id)
        .sort((a, b) => a - b),
    ).toEqual([ids.script, ids.midnight, ids.clockChange, ids.noTheme, ids.noVenue].map((session) => session!.number).sort((a, b) => a - b));
    for (const key of ["cancelled", "draft", "unlisted"]) expect(json).not.toContain(ids[key]!.slug);
    for (const text of ["secret-join-link", "Called-off", "Not-yet-published", "Invitation-only"]) {
      expect(json).not.toContain(text);
      expect(xml).not.toContain(text);
    }
  });

  it("is in Welsh at the Welsh address", async () => {
    const { jsonDocument } = await scheduleFiles(slug, "cy");
    const conference = jsonDocument.schedule.conference;
    expect(conference.title).toBe("Wythnos Ymarfer a Pholisi: ŵ ŷ");
    expect(conference.rooms!.map((room) => room.name)).toEqual(["County Hall & Annexe", "Lleoliad i’w gadarnhau", "Ar-lein: Hawliau a chyfiawnder", "Ar-lein"]);
    const event = jsonEvents(jsonDocument).find((candidate) => candidate.id === ids.script!.number)!;
    expect(event).toMatchObject({
      title: "Risg a diogelwch ŵ ŷ",
      track: "Hawliau a chyfiawnder",
      type: "Ar-lein",
      url: `${SITE}/cy/sessions/${ids.script!.slug}`,
    });
  });

  it("changes its version when organisers change a session, and keeps each event's id and guid", async () => {
    const before = await scheduleFiles(slug);
    await prisma.session.update({
      where: { id: ids.noTheme!.id },
      data: { startsAt: new Date("2026-03-30T15:00:00Z"), endsAt: new Date("2026-03-30T16:00:00Z") },
    });
    const after = await scheduleFiles(slug);
    expect(after.schedule.version).not.toBe(before.schedule.version);
    const moved = jsonEvents(after.jsonDocument).find((event) => event.id === ids.noTheme!.number);
    expect(moved).toMatchObject({ guid: frabGuid("session", ids.noTheme!.id), start: "16:00" });
  });

  it("is null, so a 404, for a draft week, an unknown one and anything that is not a slug", async () => {
    for (const value of [draftSlug, "no-such-week", "%", "%zz", " ", `${slug} `, "ŵyl-ŷd", "x".repeat(5000), slug.toUpperCase(), `${slug}/../x`]) {
      expect(await getWeekSchedule(value, { locale: "en", siteUrl: SITE }), JSON.stringify(value.slice(0, 40))).toBeNull();
    }
  });
});
