import { describe, expect, it } from "vitest";
import { sessionSchema, weekSchema } from "./api-schemas";
import { toApiPlaces, toApiSession, toApiTheme, toApiWeek } from "./to-api";

const links = { siteUrl: "https://cpd.example" };

describe("the API's shapes", () => {
  it("a week: both languages, calendar dates, slugs for enums, links to its lists", () => {
    const week = toApiWeek(
      {
        id: "w1",
        slug: "wythnos-gwaith-cymdeithasol",
        title: "Social Work Week",
        titleCy: "Wythnos Gwaith Cymdeithasol",
        summary: "Five days",
        summaryCy: null,
        startDate: new Date("2026-03-16T00:00:00Z"),
        endDate: new Date("2026-03-20T00:00:00Z"),
        timeZone: "Europe/London",
        organiserName: "Social Care Wales",
        organiserNameCy: "Gofal Cymdeithasol Cymru",
        audiences: ["MANAGERS_AND_LEADERS"],
      },
      links,
    );
    expect(weekSchema.parse(week)).toEqual(week);
    expect(week).toMatchObject({
      title: { en: "Social Work Week", cy: "Wythnos Gwaith Cymdeithasol" },
      summary: { en: "Five days", cy: null },
      start_date: "2026-03-16",
      end_date: "2026-03-20",
      audiences: ["managers-and-leaders"],
      links: { sessions: "https://cpd.example/api/v1/weeks/wythnos-gwaith-cymdeithasol/sessions" },
    });
  });

  it("a session: times with the offset of the day (summer time too), places, speakers, never a join link", () => {
    const session = toApiSession(
      {
        id: "s1",
        slug: "ymarfer-myfyriol",
        title: "Reflective practice",
        titleCy: "Ymarfer myfyriol",
        summary: "Together",
        summaryCy: "Gyda'n gilydd",
        startsAt: new Date("2026-03-30T08:30:00Z"),
        endsAt: new Date("2026-03-30T10:00:00Z"),
        format: "IN_PERSON",
        venue: "County Hall, Cardiff",
        venueCy: "Neuadd y Sir, Caerdydd",
        deliveryLanguage: "WELSH_WITH_ENGLISH_INTERPRETATION",
        audiences: [],
        cpdHours: 1.5,
        cancelled: false,
        places: { kind: "available", left: 3 },
        event: { slug: "week", timeZone: "Europe/London" },
        theme: { slug: "wellbeing", name: "Well-being", nameCy: null },
        speakers: [{ part: "CHAIR", speaker: { slug: "rhian", name: "Rhian Price", organisation: null } }],
      },
      links,
    );
    expect(sessionSchema.parse(session)).toEqual(session);
    expect(session).toMatchObject({
      starts_at: "2026-03-30T09:30:00+01:00",
      ends_at: "2026-03-30T11:00:00+01:00",
      format: "in-person",
      language_of_delivery: "welsh-with-english-interpretation",
      venue: { en: "County Hall, Cardiff", cy: "Neuadd y Sir, Caerdydd" },
      places: { status: "available", left: 3 },
      speakers: [{ slug: "rhian", part: "chair", url: "https://cpd.example/speakers/rhian" }],
      url: "https://cpd.example/sessions/ymarfer-myfyriol",
    });
    expect(Object.keys(session)).not.toContain("join_url");
  });

  it("places: closed when cancelled, unknown when not counted, never a number for full", () => {
    expect(toApiPlaces({ kind: "available", left: 5 }, true)).toEqual({ status: "closed", left: null });
    expect(toApiPlaces({ kind: "unknown" }, false)).toEqual({ status: "unknown", left: null });
    expect(toApiPlaces({ kind: "full" }, false)).toEqual({ status: "full", left: null });
    expect(toApiPlaces({ kind: "unlimited" }, false)).toEqual({ status: "unlimited", left: null });
  });

  it("a theme's colour is passed on only as #rrggbb", () => {
    const theme = { id: "t", slug: "t", name: "T", nameCy: null, summary: "S", summaryCy: null };
    expect(toApiTheme({ ...theme, colour: "#1D70B8" }, links).colour).toBe("#1d70b8");
    expect(toApiTheme({ ...theme, colour: "red" }, links).colour).toBeNull();
  });
});
