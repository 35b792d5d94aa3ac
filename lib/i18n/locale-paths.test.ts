import { describe, expect, it } from "vitest";
import { localisePath, samePageIn, splitLocalePath } from "./locale-paths";

describe("splitLocalePath", () => {
  it.each([
    ["/", "en", "/"],
    ["/programme", "en", "/programme"],
    ["/cy", "cy", "/"],
    ["/cy/", "cy", "/"],
    ["/cy/programme", "cy", "/programme"],
    ["/cy/sessions/a-b", "cy", "/sessions/a-b"],
    ["/cymru", "en", "/cymru"],
    ["/cyfrif", "en", "/cyfrif"],
  ])("%s is %s, %s", (pathname, locale, path) => {
    expect(splitLocalePath(pathname)).toEqual({ locale, path });
  });
});

describe("localisePath", () => {
  it("puts Welsh pages under /cy, query and fragment kept", () => {
    expect(localisePath("/", "cy")).toBe("/cy");
    expect(localisePath("/?week=x", "cy")).toBe("/cy?week=x");
    expect(localisePath("/programme?day=2025-03-18&format=ONLINE#results", "cy")).toBe("/cy/programme?day=2025-03-18&format=ONLINE#results");
    expect(localisePath("/account/cpd/record.csv?from=2025-01-01", "cy")).toBe("/cy/account/cpd/record.csv?from=2025-01-01");
  });

  it("leaves English alone", () => {
    expect(localisePath("/programme?x=1", "en")).toBe("/programme?x=1");
  });

  it("never prefixes twice, nor what is not a path on this site", () => {
    for (const href of [
      "/cy",
      "/cy/programme",
      "/cy?x=1",
      "#main-content",
      "?page=2",
      "account",
      "https://example.org/x",
      "//evil.example/x",
      "/\\evil.example",
      "mailto:a@b.c",
    ]) {
      expect(localisePath(href, "cy")).toBe(href);
    }
  });

  it("leaves language-neutral addresses alone", () => {
    for (const href of ["/api/sessions/x/registrations", "/api", "/calendar/abc.ics", "/sitemap.xml", "/robots.txt", "/favicon.svg", "/_next/static/x.js"]) {
      expect(localisePath(href, "cy")).toBe(href);
    }
  });
});

describe("samePageIn", () => {
  it("leads to the same page in the other language, filters kept", () => {
    expect(samePageIn("cy", "/programme", "?day=2025-03-18&theme=rights")).toBe("/cy/programme?day=2025-03-18&theme=rights");
    expect(samePageIn("cy", "/programme", "day=2025-03-18")).toBe("/cy/programme?day=2025-03-18");
    expect(samePageIn("en", "/cy/programme", "?day=2025-03-18")).toBe("/programme?day=2025-03-18");
    expect(samePageIn("en", "/cy", "")).toBe("/");
    expect(samePageIn("cy", "/", "?")).toBe("/cy");
    expect(samePageIn("en", "/cy/sessions/caerdydd", "")).toBe("/sessions/caerdydd");
  });
});
