import { describe, expect, it } from "vitest";
import { fillRate, parseSessionListFilters, sortSessions, type SortableSession } from "./session-list-filters";

describe("session list filters", () => {
  it("reads the query string, ignoring what it does not know", () => {
    expect(parseSessionListFilters({ event: "week-1", status: "published", theme: "none", q: "  court ", sort: "fill" })).toEqual({
      event: "week-1",
      status: "PUBLISHED",
      theme: "none",
      q: "court",
      sort: "fill",
    });
    expect(parseSessionListFilters({ status: "deleted", sort: "random", q: ["a", "b"] })).toEqual({
      event: "",
      status: null,
      theme: "",
      q: "a",
      sort: "start",
    });
  });

  const session = (title: string, start: string, confirmed: number, waitlisted: number, capacity: number | null): SortableSession => ({
    title,
    startsAt: new Date(start),
    confirmed,
    waitlisted,
    capacity,
  });
  const sessions = [
    session("beta", "2030-06-03T12:00:00Z", 5, 0, 10),
    session("Alpha", "2030-06-04T09:00:00Z", 3, 2, 3),
    session("gamma", "2030-06-03T09:00:00Z", 40, 0, null),
  ];
  const titles = (sorted: SortableSession[]) => sorted.map((item) => item.title);

  it("sorts by start time, title, registrations and fill", () => {
    expect(titles(sortSessions(sessions, "start"))).toEqual(["gamma", "beta", "Alpha"]);
    expect(titles(sortSessions(sessions, "title"))).toEqual(["Alpha", "beta", "gamma"]);
    expect(titles(sortSessions(sessions, "registrations"))).toEqual(["gamma", "beta", "Alpha"]);
    expect(titles(sortSessions(sessions, "fill"))).toEqual(["Alpha", "beta", "gamma"]);
  });

  it("has no fill rate for unlimited places", () => {
    expect(fillRate({ confirmed: 4, capacity: null })).toBeNull();
    expect(fillRate({ confirmed: 3, capacity: 4 })).toBe(0.75);
  });
});
