import { describe, expect, it } from "vitest";
import { z } from "zod";
import { entityTag, matchesEntityTag, notModifiedSince } from "../../http/conditional-response";
import { ContentClock } from "../../http/content-clock";
import { linkHeader, pageOfList } from "./api-page";
import { parseQuery } from "./api-query";
import { jsonResponse } from "./api-response";
import { sessionQuerySchema } from "./api-schemas";

describe("paging", () => {
  const items = Array.from({ length: 53 }, (_, index) => index + 1);
  const address = new URL("https://cpd.example/api/v1/speakers?format=online&page=9");

  it("gives the page asked for, with links that keep the filters and drop stale paging", () => {
    const page = pageOfList(items, { page: 2, per_page: 25 }, address);
    expect(page.data).toEqual(items.slice(25, 50));
    expect(page.meta).toEqual({ page: 2, per_page: 25, total: 53, total_pages: 3 });
    expect(page.links.prev).toBe("https://cpd.example/api/v1/speakers?format=online&per_page=25");
    expect(page.links.next).toBe("https://cpd.example/api/v1/speakers?format=online&page=3&per_page=25");
    expect(page.links.last).toBe("https://cpd.example/api/v1/speakers?format=online&page=3&per_page=25");
    expect(linkHeader(page.links)).toBe(
      [
        '<https://cpd.example/api/v1/speakers?format=online&per_page=25>; rel="first"',
        '<https://cpd.example/api/v1/speakers?format=online&per_page=25>; rel="prev"',
        '<https://cpd.example/api/v1/speakers?format=online&page=3&per_page=25>; rel="next"',
        '<https://cpd.example/api/v1/speakers?format=online&page=3&per_page=25>; rel="last"',
      ].join(", "),
    );
  });

  it("defaults to 25 a page, and a page past the end is empty with a way back", () => {
    const page = pageOfList(items, { page: 9 }, address);
    expect(page.data).toEqual([]);
    expect(page.meta.per_page).toBe(25);
    expect(page.links.next).toBeNull();
    expect(page.links.prev).toBe("https://cpd.example/api/v1/speakers?format=online&page=3");
  });

  it("an empty list is one empty page", () => {
    const page = pageOfList([], {}, address);
    expect(page.meta).toEqual({ page: 1, per_page: 25, total: 0, total_pages: 0 });
    expect(page.links).toMatchObject({ prev: null, next: null, last: "https://cpd.example/api/v1/speakers?format=online" });
  });
});

describe("query parameters", () => {
  const parse = (query: string) => parseQuery(sessionQuerySchema, new URLSearchParams(query));

  it("takes well-formed values and ignores names it does not know", () => {
    expect(parse("page=2&per_page=100&day=2026-03-16&format=in-person&language_of_delivery=welsh&utm_source=x")).toEqual({
      ok: true,
      query: { page: 2, per_page: 100, day: "2026-03-16", format: "in-person", language_of_delivery: "welsh" },
    });
  });

  it.each([
    ["page=0", "page", "page must be 1 or more"],
    ["page=%201", "page", "page must be a whole number"],
    ["page=1.5", "page", "page must be a whole number"],
    ["per_page=101", "per_page", "per_page must be at most 100"],
    ["day=2026-02-30", "day", "day must be a date such as 2026-03-16"],
    ["day=", "day", "day must be a date such as 2026-03-16"],
    ["format=ONLINE", "format", "format must be one of online, in-person, hybrid"],
    ["theme=Theme%20One", "theme", "theme must be a theme's slug"],
    ["page=1&page=2", "page", "page was given 2 times; give it once"],
  ])("refuses %s, naming %s", (query, parameter, detail) => {
    expect(parse(query)).toEqual({ ok: false, errors: [{ parameter, detail }] });
  });

  it("names every refused parameter once", () => {
    const result = parse("page=x&per_page=0&format=fax&format=post");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.parameter).sort()).toEqual(["format", "page", "per_page"]);
  });
});

describe("conditional requests", () => {
  it("matches an ETag weakly, in a list, or *", () => {
    const tag = entityTag("{}");
    expect(matchesEntityTag(tag, tag)).toBe(true);
    expect(matchesEntityTag(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesEntityTag("*", tag)).toBe(true);
    expect(matchesEntityTag('"other"', tag)).toBe(false);
    expect(matchesEntityTag(null, tag)).toBe(false);
    expect(entityTag("{}")).toBe(tag);
    expect(entityTag('{"a":1}')).not.toBe(tag);
  });

  it("compares If-Modified-Since in whole seconds and ignores a date it cannot read", () => {
    const changed = new Date("2026-03-16T09:30:00.700Z");
    expect(notModifiedSince("Mon, 16 Mar 2026 09:30:00 GMT", changed)).toBe(true);
    expect(notModifiedSince("Mon, 16 Mar 2026 09:29:59 GMT", changed)).toBe(false);
    expect(notModifiedSince("yesterday", changed)).toBe(false);
  });

  it("answers 304 to a matching tag, and a non-matching tag wins over a matching date", () => {
    const schema = z.object({ a: z.number() });
    const first = jsonResponse(new Request("https://cpd.example/api/v1/x"), schema, { a: 1 });
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(jsonResponse(new Request("https://cpd.example/api/v1/x", { headers: { "if-none-match": etag } }), schema, { a: 1 }).status).toBe(304);
    expect(jsonResponse(new Request("https://cpd.example/api/v1/x", { headers: { "if-modified-since": lastModified } }), schema, { a: 1 }).status).toBe(304);
    expect(
      jsonResponse(new Request("https://cpd.example/api/v1/x", { headers: { "if-none-match": '"old"', "if-modified-since": lastModified } }), schema, { a: 1 })
        .status,
    ).toBe(200);
  });

  it("refuses to send an answer that breaks its own schema", () => {
    expect(() => jsonResponse(new Request("https://cpd.example/api/v1/y"), z.object({ a: z.number() }), { a: "one" } as never)).toThrow();
  });
});

describe("when an answer last changed", () => {
  it("keeps the time while the answer is the same, moves it on a change, and never dates two versions the same second", () => {
    let now = new Date("2026-03-16T09:00:00.300Z");
    const clock = new ContentClock(10, () => now);
    expect(clock.lastModified("/a", "v1").toISOString()).toBe("2026-03-16T09:00:00.000Z");
    now = new Date("2026-03-16T09:00:00.800Z");
    expect(clock.lastModified("/a", "v1").toISOString()).toBe("2026-03-16T09:00:00.000Z");
    expect(clock.lastModified("/a", "v2").toISOString()).toBe("2026-03-16T09:00:01.000Z");
    now = new Date("2026-03-16T09:05:00.000Z");
    // Back to the first version: a new date all the same, so no client keeps v2 as current.
    expect(clock.lastModified("/a", "v1").toISOString()).toBe("2026-03-16T09:05:00.000Z");
  });

  it("forgets the least recently asked addresses beyond its capacity", () => {
    let now = new Date("2026-03-16T09:00:00Z");
    const clock = new ContentClock(2, () => now);
    clock.lastModified("/a", "a");
    clock.lastModified("/b", "b");
    clock.lastModified("/a", "a");
    clock.lastModified("/c", "c");
    now = new Date("2026-03-16T10:00:00Z");
    expect(clock.lastModified("/a", "a").toISOString()).toBe("2026-03-16T09:00:00.000Z");
    expect(clock.lastModified("/b", "b").toISOString()).toBe("2026-03-16T10:00:00.000Z");
  });
});
