import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { frabXmlRootOrder, parseFrabXml } from "../../tests/helpers/frab-xml";
import type { WeekScheduleSession } from "../programme/list-week-schedule-sessions";
import { buildFrabSchedule, FRAB_LANGUAGE, frabAcronym, frabDuration, frabGuid, type FrabWeek } from "./build-frab-schedule";
import { frabScheduleJson, frabScheduleJsonText } from "./frab-schedule-json";
import { FRAB_ACRONYM, FRAB_XML_ROOT_ORDER, frabJsonDocumentSchema, frabXmlDocumentSchema } from "./frab-schedule-schema";
import { frabScheduleXml } from "./frab-schedule-xml";

const week: FrabWeek = {
  slug: "spring-practice-week",
  title: "Spring Practice Week",
  titleCy: "Wythnos Ymarfer y Gwanwyn",
  summary: "Five days of practice learning.",
  summaryCy: null,
  // Sunday 29 March 2026 is the day British Summer Time begins.
  startDate: new Date("2026-03-27T00:00:00Z"),
  endDate: new Date("2026-03-30T00:00:00Z"),
  timeZone: "Europe/London",
};
const rights = { id: "theme1", slug: "rights", name: "Rights & justice", nameCy: "Hawliau a chyfiawnder", colour: "#1d4e89" };
const wellBeing = { id: "theme2", slug: "well-being", name: "Well-being", nameCy: null, colour: "#2f6b2f" };

let next = 1;
function session(overrides: Partial<WeekScheduleSession> = {}): WeekScheduleSession {
  const number = next++;
  return {
    id: `session${number}`,
    number,
    slug: `session-${number}`,
    title: `Session ${number}`,
    titleCy: null,
    summary: "A summary.",
    summaryCy: null,
    description: "A description.",
    descriptionCy: null,
    startsAt: new Date("2026-03-27T10:00:00Z"),
    endsAt: new Date("2026-03-27T11:30:00Z"),
    format: "ONLINE",
    venue: "Microsoft Teams",
    venueCy: null,
    deliveryLanguage: "ENGLISH",
    status: "PUBLISHED",
    updatedAt: new Date("2026-02-01T09:00:00Z"),
    theme: rights,
    speakers: [],
    ...overrides,
  };
}

const build = (sessions: WeekScheduleSession[], locale: "en" | "cy" = "en") =>
  buildFrabSchedule({ week, themes: [rights, wellBeing], sessions, locale, siteUrl: "https://cpdweek.example" });
const allEvents = (schedule: ReturnType<typeof build>) => schedule.days.flatMap((day) => day.rooms.flatMap((room) => room.events));

describe("the Frab acronym", () => {
  it("maps every week slug onto the published schema's pattern", () => {
    expect(frabAcronym("social-work-week-2025")).toBe("social_work_week_2025");
    expect(frabAcronym("glan-usk-practice-week")).toBe("glan_usk_practice_week");
    expect(frabAcronym("ab")).toBe("ab__");
    expect(frabAcronym("a")).toBe("a___");
    for (const slug of [
      "social-work-week-2025",
      "practice-week-2024",
      "glan-usk-practice-week",
      "a",
      "ab",
      "a-b",
      "2025",
      "x".repeat(100),
      "week-2025-spring",
    ]) {
      expect(frabAcronym(slug), slug).toMatch(FRAB_ACRONYM);
    }
    // The slugs themselves would not do: a hyphen after the first character is refused.
    expect("social-work-week-2025").not.toMatch(FRAB_ACRONYM);
  });
});

describe("durations and languages", () => {
  it("writes durations as HH:MM", () => {
    expect(frabDuration(new Date("2026-03-27T10:00:00Z"), new Date("2026-03-27T11:30:00Z"))).toBe("01:30");
    expect(frabDuration(new Date("2026-03-27T10:00:00Z"), new Date("2026-03-27T10:05:00Z"))).toBe("00:05");
    expect(frabDuration(new Date("2026-03-27T09:00:00Z"), new Date("2026-03-27T21:00:00Z"))).toBe("12:00");
  });

  it("names the spoken language first, and both where both are used", () => {
    expect(FRAB_LANGUAGE).toEqual({
      ENGLISH: "en",
      WELSH: "cy",
      BILINGUAL: "cy, en",
      ENGLISH_WITH_WELSH_INTERPRETATION: "en, cy",
      WELSH_WITH_ENGLISH_INTERPRETATION: "cy, en",
    });
  });

  it("gives each record a stable UUID v5 of its id", () => {
    expect(frabGuid("session", "abc")).toBe(frabGuid("session", "abc"));
    expect(frabGuid("session", "abc")).not.toBe(frabGuid("speaker", "abc"));
    expect(frabGuid("session", "abc")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("a week as a Frab schedule", () => {
  it("has every day of the week, numbered from 1, with the week's offset on each side of the clock change", () => {
    const schedule = build([]);
    expect(schedule.days.map((day) => [day.index, day.date, day.start, day.end])).toEqual([
      [1, "2026-03-27", "2026-03-27T00:00:00+00:00", "2026-03-27T23:59:59+00:00"],
      [2, "2026-03-28", "2026-03-28T00:00:00+00:00", "2026-03-28T23:59:59+00:00"],
      [3, "2026-03-29", "2026-03-29T00:00:00+00:00", "2026-03-29T23:59:59+01:00"],
      [4, "2026-03-30", "2026-03-30T00:00:00+01:00", "2026-03-30T23:59:59+01:00"],
    ]);
    expect(schedule.conference).toMatchObject({
      acronym: "spring_practice_week",
      start: "2026-03-27",
      end: "2026-03-30",
      daysCount: 4,
      timeZoneName: "Europe/London",
    });
  });

  it("puts sessions on the day they start, with local times and the offset in force", () => {
    const lateNight = session({ startsAt: new Date("2026-03-27T23:30:00Z"), endsAt: new Date("2026-03-28T00:45:00Z") });
    const summerTime = session({ startsAt: new Date("2026-03-29T09:00:00Z"), endsAt: new Date("2026-03-29T10:00:00Z") });
    const schedule = build([lateNight, summerTime]);
    const [first, , third] = schedule.days;
    const late = first!.rooms.flatMap((room) => room.events).find((event) => event.id === lateNight.number);
    expect(late).toMatchObject({ date: "2026-03-27T23:30:00+00:00", start: "23:30", duration: "01:15" });
    const summer = third!.rooms.flatMap((room) => room.events).find((event) => event.id === summerTime.number);
    expect(summer).toMatchObject({ date: "2026-03-29T10:00:00+01:00", start: "10:00", duration: "01:00" });
  });

  it("adds a day for a session outside the week's dates, so nothing is lost", () => {
    const after = session({ startsAt: new Date("2026-04-01T10:00:00Z"), endsAt: new Date("2026-04-01T11:00:00Z") });
    const schedule = build([after]);
    expect(schedule.days.map((day) => day.date)).toEqual(["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01"]);
    expect(schedule.conference.daysCount).toBe(6);
  });

  it("puts venues first, then one online room per theme in the organisers' order, then online without a theme", () => {
    const sessions = [
      session({ theme: wellBeing }),
      session({ theme: null }),
      session({ format: "IN_PERSON", venue: "County Hall", theme: wellBeing }),
      session({ format: "HYBRID", venue: "Ty Hywel", venueCy: "Tŷ Hywel" }),
      session({ format: "IN_PERSON", venue: null }),
      session(),
      session({ format: "HYBRID", venue: "County Hall" }),
    ];
    const english = build(sessions);
    expect(english.conference.rooms.map((room) => room.name)).toEqual([
      "County Hall",
      "Ty Hywel",
      "Venue to be confirmed",
      "Online: Rights & justice",
      "Online: Well-being",
      "Online",
    ]);
    const welsh = build(sessions, "cy");
    expect(welsh.conference.rooms.map((room) => room.name)).toEqual([
      "County Hall",
      "Tŷ Hywel",
      "Lleoliad i’w gadarnhau",
      "Ar-lein: Hawliau a chyfiawnder",
      "Ar-lein: Well-being",
      "Ar-lein",
    ]);
    // A room is the same room in either language.
    expect(welsh.conference.rooms.map((room) => room.guid)).toEqual(english.conference.rooms.map((room) => room.guid));
    for (const event of allEvents(english)) expect(english.conference.rooms.map((room) => room.name)).toContain(event.room);
  });

  it("keeps room names apart when a venue is called what an online room is", () => {
    const schedule = build([session({ theme: null }), session({ format: "IN_PERSON", venue: "Online" })]);
    expect(schedule.conference.rooms.map((room) => room.name)).toEqual(["Online", "Online (2)"]);
  });

  it("leaves cancelled sessions out, and lists the rest with public fields only", () => {
    const cancelled = session({ status: "CANCELLED", title: "Called off" });
    const kept = session({ speakers: [{ speaker: { id: "speaker1", name: "Siân Prys" } }], deliveryLanguage: "WELSH" });
    const schedule = build([cancelled, kept]);
    const events = allEvents(schedule);
    expect(events.map((event) => event.id)).toEqual([kept.number]);
    expect(events[0]).toMatchObject({
      guid: frabGuid("session", kept.id),
      slug: `spring_practice_week-${kept.number}-session-${kept.number}`,
      url: `https://cpdweek.example/sessions/session-${kept.number}`,
      track: "Rights & justice",
      type: "Online",
      language: "cy",
      subtitle: "",
      persons: [{ guid: frabGuid("speaker", "speaker1"), name: "Siân Prys" }],
      links: [],
    });
  });

  it("writes Welsh where organisers wrote it, links to the Welsh pages, and English elsewhere", () => {
    const welsh = session({ title: "Assessment", titleCy: "Asesu", summaryCy: "Crynodeb." });
    const schedule = build([welsh, session({ theme: wellBeing })], "cy");
    const [first, second] = allEvents(schedule);
    expect(first).toMatchObject({ title: "Asesu", abstract: "Crynodeb.", description: "A description.", track: "Hawliau a chyfiawnder", type: "Ar-lein" });
    expect(first!.url).toBe(`https://cpdweek.example/cy/sessions/${welsh.slug}`);
    expect(second!.track).toBe("Well-being");
    expect(schedule.conference).toMatchObject({
      title: "Wythnos Ymarfer y Gwanwyn",
      description: "Five days of practice learning.",
      url: "https://cpdweek.example/cy/programme?week=spring-practice-week",
    });
  });

  it("has a version that changes when anything in it changes, and only then", () => {
    const one = session();
    expect(build([one]).version).toBe(build([one]).version);
    expect(build([{ ...one, title: "Renamed" }]).version).not.toBe(build([one]).version);
    expect(build([one], "cy").version).not.toBe(build([one]).version);
  });
});

describe("the XML and JSON of one schedule", () => {
  const hostile = session({
    title: 'Risk & "safety" <script>alert(1)</script> ]]>',
    summary: "Bell\u0007, escape\u001b, DEL\u007f, NEL\u0085, \ufffe and a lone \ud800 half; tab\tand\r\nline",
    description: "Emoji 😀 kept, ŵ ŷ kept",
    format: "IN_PERSON",
    venue: 'Hall "A" & <B>\tWing',
    speakers: [{ speaker: { id: "speaker2", name: "O'Brien & <Sons>" } }],
  });
  const schedule = build([hostile]);

  it("is well-formed XML that an independent parser reads back to the same text", () => {
    const xml = frabScheduleXml(schedule);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/);
    expect(xml).not.toContain("<script>");
    expect(frabXmlRootOrder(xml)).toMatch(FRAB_XML_ROOT_ORDER);
    const document = frabXmlDocumentSchema.parse(parseFrabXml(xml));
    const day = document.schedule.day[0];
    // "" (an empty <day/>) is falsy too.
    if (!day) throw new Error("no first day");
    const room = day.room?.[0];
    if (!room) throw new Error("no room");
    expect(room["@_name"]).toBe('Hall "A" & <B>\tWing');
    const event = room.event?.[0];
    expect(event?.title).toBe('Risk & "safety" <script>alert(1)</script> ]]>');
    expect(event?.abstract).toBe("Bell, escape, DEL, NEL,  and a lone  half; tab\tand\nline");
    expect(event?.description).toBe("Emoji 😀 kept, ŵ ŷ kept");
  });

  it("is JSON that meets the published JSON schema, with the same text", () => {
    const parsed: unknown = JSON.parse(frabScheduleJsonText(schedule));
    const document = frabJsonDocumentSchema.parse(parsed);
    const [event] = Object.values(document.schedule.conference.days[0]!.rooms).flat();
    expect(event?.title).toBe('Risk & "safety" <script>alert(1)</script> ]]>');
    expect(event?.abstract).toBe("Bell, escape, DEL, NEL,  and a lone  half; tab\tand\nline");
    expect(event?.persons).toEqual([{ guid: frabGuid("speaker", "speaker2"), name: "O'Brien & <Sons>", public_name: "O'Brien & <Sons>" }]);
    expect(frabScheduleJson(schedule).schedule.conference.rooms).toEqual(schedule.conference.rooms.map(({ name, guid }) => ({ name, guid })));
  });

  it("would be refused by the schemas if it broke their rules", () => {
    const json = frabScheduleJson(build([session(), session()]));
    const events = Object.values(json.schedule.conference.days[0]!.rooms).flat();
    events[1]!.id = events[0]!.id;
    expect(frabJsonDocumentSchema.safeParse(json).success).toBe(false);
    const badStart = frabScheduleJson(build([session()]));
    Object.values(badStart.schedule.conference.days[0]!.rooms).flat()[0]!.start = "2026-03-27T10:00:00+00:00";
    expect(frabJsonDocumentSchema.safeParse(badStart).success).toBe(false);
    const badAcronym = frabScheduleJson(build([]));
    badAcronym.schedule.conference.acronym = "social-work-week-2025";
    expect(frabJsonDocumentSchema.safeParse(badAcronym).success).toBe(false);
    const extra = { ...frabScheduleJson(build([])), rooms: [] };
    expect(frabJsonDocumentSchema.safeParse(extra).success).toBe(false);
  });
});
