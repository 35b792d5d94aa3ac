import ical from "node-ical";
import { describe, expect, it } from "vitest";
import type { WeekScheduleSession } from "./list-week-schedule-sessions";
import { buildProgrammeCalendar, FEED_REFRESH_INTERVAL } from "./programme-calendar";
import { buildSessionCalendar, icsSequence, SEQUENCE_EPOCH } from "./session-calendar";

const week = {
  title: "Social Work Week 2025",
  titleCy: "Wythnos Gwaith Cymdeithasol 2025",
  organiserName: "Social Care Wales",
  organiserNameCy: "Gofal Cymdeithasol Cymru",
};

function session(overrides: Partial<WeekScheduleSession> = {}): WeekScheduleSession {
  return {
    id: "s1",
    number: 1,
    slug: "moral-injury",
    title: "Moral injury",
    titleCy: "Anaf moesol",
    summary: "What moral injury is.",
    summaryCy: null,
    description: "More.",
    descriptionCy: null,
    startsAt: new Date("2025-03-20T13:00:00Z"),
    endsAt: new Date("2025-03-20T14:30:00Z"),
    format: "ONLINE",
    venue: "Microsoft Teams",
    venueCy: null,
    deliveryLanguage: "ENGLISH",
    status: "PUBLISHED",
    updatedAt: new Date("2025-02-01T09:00:00Z"),
    theme: null,
    speakers: [],
    ...overrides,
  };
}

const feed = (sessions: WeekScheduleSession[], name = "Social Work Week 2025", locale: "en" | "cy" = "en") =>
  buildProgrammeCalendar({ name, week, sessions, siteUrl: "https://cpdweek.example", host: "cpdweek.example", locale });

function parse(text: string) {
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((component): component is ical.VEvent => component?.type === "VEVENT");
  const calendar = Object.values(parsed).find((component) => component?.type === "VCALENDAR") as Record<string, unknown> | undefined;
  return { events, calendar };
}

describe("SEQUENCE from the time of the last change", () => {
  it("is the whole seconds since 2024, growing with every change and within iCalendar's INTEGER", () => {
    expect(icsSequence(new Date(SEQUENCE_EPOCH))).toBe(0);
    expect(icsSequence(new Date("2025-02-01T09:00:00.999Z"))).toBe(Math.floor((Date.parse("2025-02-01T09:00:00Z") - SEQUENCE_EPOCH) / 1000));
    expect(icsSequence(new Date("2025-02-01T09:00:01Z"))).toBeGreaterThan(icsSequence(new Date("2025-02-01T09:00:00Z")));
    expect(icsSequence(new Date("2023-01-01T00:00:00Z"))).toBe(0);
    expect(icsSequence(new Date("2092-01-01T00:00:00Z"))).toBeLessThanOrEqual(2_147_483_647);
    expect(icsSequence(new Date("2200-01-01T00:00:00Z"))).toBe(2_147_483_647);
  });
});

describe("a week's or theme's calendar feed", () => {
  it("has each session with the UID and SEQUENCE of its single download, named and with a refresh hint", () => {
    const text = feed([session(), session({ id: "s2", number: 2, slug: "second", title: "Second" })]);
    const { events, calendar } = parse(text);
    expect(events.map((event) => event.uid)).toEqual(["session-s1@cpdweek.example", "session-s2@cpdweek.example"]);
    const single = parse(buildSessionCalendar({ ...session(), cancelled: false, event: week }, "https://cpdweek.example", "cpdweek.example", "en")).events[0]!;
    expect(events[0]!.uid).toBe(single.uid);
    expect(String(events[0]!.sequence)).toBe(String(single.sequence));
    expect(Number(events[0]!.sequence)).toBe(icsSequence(session().updatedAt));
    expect(calendar?.["WR-CALNAME"]).toBe("Social Work Week 2025");
    const unfolded = text.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(unfolded).toContain(`REFRESH-INTERVAL;VALUE=DURATION:${FEED_REFRESH_INTERVAL}`);
    expect(unfolded).toContain("X-PUBLISHED-TTL:PT1H");
    // Calendar properties come before the first event.
    expect(unfolded.indexOf(`REFRESH-INTERVAL;VALUE=DURATION:${FEED_REFRESH_INTERVAL}`)).toBeLessThan(unfolded.indexOf("BEGIN:VEVENT"));
  });

  it("keeps cancelled sessions, marked cancelled", () => {
    const { events } = parse(feed([session({ status: "CANCELLED" }), session({ id: "s2", number: 2 })]));
    expect(events.map((event) => event.status)).toEqual(["CANCELLED", "CONFIRMED"]);
  });

  it("raises SEQUENCE when a session is moved, keeping its UID", () => {
    const before = parse(feed([session()])).events[0]!;
    const after = parse(
      feed([session({ startsAt: new Date("2025-03-20T15:00:00Z"), endsAt: new Date("2025-03-20T16:00:00Z"), updatedAt: new Date("2025-02-03T10:00:00Z") })]),
    ).events[0]!;
    expect(after.uid).toBe(before.uid);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(new Date(after.start).toISOString()).toBe("2025-03-20T15:00:00.000Z");
  });

  it("is in Welsh where organisers wrote it", () => {
    const { events, calendar } = parse(feed([session()], "Wythnos Gwaith Cymdeithasol 2025", "cy"));
    expect(calendar?.["WR-CALNAME"]).toBe("Wythnos Gwaith Cymdeithasol 2025");
    expect(events[0]!.summary).toBe("Anaf moesol");
    expect(String(events[0]!.url)).toBe("https://cpdweek.example/cy/sessions/moral-injury");
  });

  it("keeps the calendar's name inside its property, whatever organisers typed", () => {
    const text = feed([], "Week, with; commas\\ and\r\nX-INJECTED:1\u0007");
    const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines.filter((line) => line.startsWith("X-INJECTED"))).toEqual([]);
    expect(lines).toContain("X-WR-CALNAME:Week\\, with\\; commas\\\\ and\\nX-INJECTED:1");
    expect(parse(text).calendar?.["WR-CALNAME"]).toBe("Week, with; commas\\ and\nX-INJECTED:1");
    expect(parse(text).events).toEqual([]);
  });
});
