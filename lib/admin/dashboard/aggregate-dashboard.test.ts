import { describe, expect, it } from "vitest";
import { aggregateDashboard, chooseDashboardEvent, type DashboardSessionRow, type RegistrationCountRow } from "./aggregate-dashboard";

const labels = { noTheme: "No theme", audience: (audience: string) => `A:${audience}`, day: (day: string) => `D:${day}` };

function session(id: string, overrides: Partial<DashboardSessionRow> = {}): DashboardSessionRow {
  return {
    id,
    title: `Session ${id}`,
    startsAt: new Date("2025-03-17T10:00:00Z"),
    endsAt: new Date("2025-03-17T11:30:00Z"),
    capacity: 10,
    cpdHours: null,
    audiences: ["PRACTITIONERS"],
    themeId: "t1",
    ...overrides,
  };
}

const event = { startDate: new Date("2025-03-17"), endDate: new Date("2025-03-19"), timeZone: "Europe/London", audiences: ["PRACTITIONERS" as const] };
const audienceOrder = ["PRACTITIONERS", "STUDENTS_AND_EDUCATORS", "MANAGERS_AND_LEADERS"] as const;

function run(sessions: DashboardSessionRow[], counts: RegistrationCountRow[], now = new Date("2025-03-20T12:00:00Z")) {
  return aggregateDashboard({
    event,
    sessions,
    themes: [
      { id: "t1", name: "Theme one", colour: "#111111" },
      { id: "t2", name: "Theme two", colour: "#222222" },
    ],
    counts,
    audienceOrder,
    now,
    labels,
  });
}

describe("aggregateDashboard", () => {
  it("counts headline figures from grouped registrations", () => {
    const figures = run(
      [session("a"), session("b", { cpdHours: { toString: () => "2.25" }, capacity: null })],
      [
        { sessionId: "a", status: "CONFIRMED", attendance: "ATTENDED", count: 3 },
        { sessionId: "a", status: "CONFIRMED", attendance: "ABSENT", count: 1 },
        { sessionId: "a", status: "CONFIRMED", attendance: "UNMARKED", count: 2 },
        { sessionId: "a", status: "WAITLISTED", attendance: "UNMARKED", count: 4 },
        { sessionId: "a", status: "CANCELLED", attendance: "UNMARKED", count: 5 },
        { sessionId: "b", status: "CONFIRMED", attendance: "ATTENDED", count: 2 },
        // A session that is not published (draft or cancelled) is not counted at all.
        { sessionId: "gone", status: "CONFIRMED", attendance: "ATTENDED", count: 9 },
      ],
    );
    expect(figures.headline).toEqual({
      sessionsPublished: 2,
      registrationsConfirmed: 8,
      waitlisted: 4,
      attended: 5,
      absent: 1,
      attendanceRate: 5 / 6,
      unmarkedPast: 2,
      // 3 × 1.5 hours (duration) + 2 × 2.25 hours (set by the organiser)
      cpdHoursAwarded: 9,
    });
  });

  it("does not count unmarked places on sessions that have not ended yet", () => {
    const figures = run([session("a")], [{ sessionId: "a", status: "CONFIRMED", attendance: "UNMARKED", count: 3 }], new Date("2025-03-17T11:00:00Z"));
    expect(figures.headline.unmarkedPast).toBe(0);
    expect(figures.headline.attendanceRate).toBeNull();
  });

  it("gives a fill rate per session, null for unlimited places, and lists only sessions with a waiting list", () => {
    const figures = run(
      [session("late", { startsAt: new Date("2025-03-18T10:00:00Z") }), session("early", { capacity: 4 }), session("open", { capacity: null })],
      [
        { sessionId: "early", status: "CONFIRMED", attendance: "UNMARKED", count: 4 },
        { sessionId: "early", status: "WAITLISTED", attendance: "UNMARKED", count: 2 },
        { sessionId: "late", status: "CONFIRMED", attendance: "UNMARKED", count: 5 },
        { sessionId: "open", status: "CONFIRMED", attendance: "UNMARKED", count: 7 },
      ],
    );
    expect(figures.sessions.map((s) => [s.id, s.confirmed, s.fillRate])).toEqual([
      ["early", 4, 1],
      ["open", 7, null],
      ["late", 5, 0.5],
    ]);
    expect(figures.waitingLists.map((s) => [s.id, s.waitlisted])).toEqual([["early", 2]]);
  });

  it("counts confirmed places by day in the event's time zone, including empty days", () => {
    // Clocks went forward on 30 March 2025: 22:30 UTC is 23:30 BST that day, 23:30 UTC is 00:30 BST on the 31st.
    const figures = aggregateDashboard({
      event: { ...event, startDate: new Date("2025-03-30"), endDate: new Date("2025-04-01") },
      sessions: [session("a", { startsAt: new Date("2025-03-30T23:30:00Z") }), session("b", { startsAt: new Date("2025-03-30T22:30:00Z") })],
      themes: [],
      counts: [
        { sessionId: "a", status: "CONFIRMED", attendance: "UNMARKED", count: 2 },
        { sessionId: "b", status: "CONFIRMED", attendance: "UNMARKED", count: 1 },
      ],
      audienceOrder,
      now: new Date("2025-03-01T00:00:00Z"),
      labels,
    });
    expect(figures.byDay).toEqual([
      { key: "2025-03-30", label: "D:2025-03-30", count: 1 },
      { key: "2025-03-31", label: "D:2025-03-31", count: 2 },
      { key: "2025-04-01", label: "D:2025-04-01", count: 0 },
    ]);
  });

  it("counts by theme (with sessions without one) and by each audience of a session", () => {
    const figures = run(
      [session("a", { audiences: ["PRACTITIONERS", "MANAGERS_AND_LEADERS"] }), session("b", { themeId: null, audiences: ["MANAGERS_AND_LEADERS"] })],
      [
        { sessionId: "a", status: "CONFIRMED", attendance: "UNMARKED", count: 3 },
        { sessionId: "b", status: "CONFIRMED", attendance: "UNMARKED", count: 2 },
        { sessionId: "b", status: "WAITLISTED", attendance: "UNMARKED", count: 6 },
      ],
    );
    expect(figures.byTheme.map((row) => [row.label, row.count])).toEqual([
      ["Theme one", 3],
      ["Theme two", 0],
      ["No theme", 2],
    ]);
    expect(figures.byAudience).toEqual([
      { key: "PRACTITIONERS", label: "A:PRACTITIONERS", count: 3 },
      { key: "MANAGERS_AND_LEADERS", label: "A:MANAGERS_AND_LEADERS", count: 5 },
    ]);
  });
});

describe("chooseDashboardEvent", () => {
  const weeks = [
    { slug: "past", status: "PUBLISHED" as const, startDate: new Date("2024-03-11"), endDate: new Date("2024-03-15") },
    { slug: "now", status: "PUBLISHED" as const, startDate: new Date("2025-03-17"), endDate: new Date("2025-03-21") },
    { slug: "next", status: "PUBLISHED" as const, startDate: new Date("2025-06-02"), endDate: new Date("2025-06-06") },
    { slug: "draft", status: "DRAFT" as const, startDate: new Date("2025-04-07"), endDate: new Date("2025-04-11") },
  ];

  it("takes the week asked for, drafts included", () => {
    expect(chooseDashboardEvent(weeks, "draft", new Date("2025-03-18"))?.slug).toBe("draft");
  });

  it("otherwise the published week on now, then the next one, then the latest", () => {
    expect(chooseDashboardEvent(weeks, "no-such-week", new Date("2025-03-21T20:00:00Z"))?.slug).toBe("now");
    expect(chooseDashboardEvent(weeks, undefined, new Date("2025-03-22T12:00:00Z"))?.slug).toBe("next");
    expect(chooseDashboardEvent(weeks, undefined, new Date("2026-01-01"))?.slug).toBe("next");
    expect(chooseDashboardEvent([], undefined, new Date())).toBeNull();
  });
});
