import { describe, expect, it } from "vitest";
import { PROGRAMME_PAGE_SIZE, programmePage, programmePageHref, requestedPage } from "./programme-paging";

describe("the programme in pages", () => {
  const sessions = Array.from({ length: 4_000 }, (_, index) => index + 1);

  it("keeps a week of up to a page's worth of sessions on one page", () => {
    const small = Array.from({ length: PROGRAMME_PAGE_SIZE }, (_, index) => index);
    expect(programmePage(small, 1)).toMatchObject({ page: 1, pageCount: 1, from: 1, to: PROGRAMME_PAGE_SIZE, total: PROGRAMME_PAGE_SIZE });
    expect(programmePage([], 1)).toEqual({ items: [], page: 1, pageCount: 1, from: 0, to: 0, total: 0 });
  });

  it("splits a large week into pages of the same size, the last one shorter", () => {
    const first = programmePage(sessions, 1);
    expect(first).toMatchObject({ page: 1, pageCount: 80, from: 1, to: 50, total: 4_000 });
    expect(first.items).toEqual(sessions.slice(0, 50));
    const odd = programmePage(sessions.slice(0, 120), 3);
    expect(odd).toMatchObject({ page: 3, pageCount: 3, from: 101, to: 120 });
    expect(odd.items).toHaveLength(20);
  });

  it("shows the last page for a page beyond it, and page 1 for anything that is not a page number", () => {
    expect(programmePage(sessions, 81).page).toBe(80);
    for (const page of [undefined, "", "0", "-1", "2.5", "abc", "1e3", " ", "9999999", ["x", "2"]]) {
      expect(requestedPage({ page }), String(page)).toBe(1);
    }
    expect(requestedPage({ page: "7" })).toBe(7);
    expect(requestedPage({ page: ["3", "4"] })).toBe(3);
    expect(requestedPage({ page: " 2 " })).toBe(2);
  });

  it("links to another page keeping every filter, and page 1 without a page number", () => {
    const params = { week: "glan-usk", day: "2025-03-18", q: "strengths & risks", page: "2" };
    expect(programmePageHref(params, 3)).toBe("/programme?week=glan-usk&day=2025-03-18&q=strengths+%26+risks&page=3");
    expect(programmePageHref(params, 1)).toBe("/programme?week=glan-usk&day=2025-03-18&q=strengths+%26+risks");
    expect(programmePageHref({}, 1)).toBe("/programme");
  });
});
