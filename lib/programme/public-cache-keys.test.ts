import { describe, expect, it } from "vitest";
import { publicCacheKey } from "./public-cache-keys";

// The cached programme functions are callable from outside with any
// arguments; these are the checks that keep a crafted argument from reaching
// Prisma as a filter.
describe("public cache keys", () => {
  it("accepts the keys the pages pass", () => {
    expect(publicCacheKey.day("2026-11-26")).toBe("2026-11-26");
    expect(publicCacheKey.slug("mock-court-giving-evidence-with-confidence")).toBe("mock-court-giving-evidence-with-confidence");
    expect(publicCacheKey.recordId("cmwxlmhao0000abcd1234")).toBe("cmwxlmhao0000abcd1234");
    expect(
      publicCacheKey.programme(
        { id: "cmwxlmhao0000abcd1234", timeZone: "Europe/London" },
        { day: "2025-03-18", format: "ONLINE", audience: "PRACTITIONERS", theme: "well-being", q: "court" },
      ),
    ).toEqual({
      event: { id: "cmwxlmhao0000abcd1234", timeZone: "Europe/London" },
      filters: { day: "2025-03-18", format: "ONLINE", audience: "PRACTITIONERS", theme: "well-being", q: "court" },
    });
    expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, {})).not.toBeNull();
    expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, { language: "WELSH", day: "2025-03-17" })).toEqual({
      event: { id: "abc", timeZone: "Europe/London" },
      filters: { language: "WELSH", day: "2025-03-17" },
    });
    for (const language of ["ENGLISH", "WELSH", "BILINGUAL", "ENGLISH_WITH_WELSH_INTERPRETATION", "WELSH_WITH_ENGLISH_INTERPRETATION"]) {
      expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, { language }), language).not.toBeNull();
    }
  });

  it("refuses objects that Prisma would read as filters, and other shapes", () => {
    for (const crafted of [{ not: "" }, { contains: "" }, ["a"], null, undefined, 42, "", "a b", "x".repeat(65)]) {
      expect(publicCacheKey.recordId(crafted), JSON.stringify(crafted)).toBeNull();
    }
    for (const crafted of [{ startsWith: "" }, "", "x".repeat(301), 7]) expect(publicCacheKey.slug(crafted)).toBeNull();
    for (const crafted of ["26/11/2026", "2026-11-26T00:00:00", "2026-13-45", { gte: "2020-01-01" }]) expect(publicCacheKey.day(crafted)).toBeNull();
  });

  it("refuses a programme key with a widened event or unknown filters", () => {
    expect(publicCacheKey.programme({ id: { not: "" }, timeZone: "Europe/London" }, {})).toBeNull();
    expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London", status: "DRAFT" }, {})).toBeNull();
    expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, { status: "DRAFT" })).toBeNull();
    expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, { format: "online" })).toBeNull();
    expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, { q: { contains: "" } })).toBeNull();
    // The language key is the stored value, never the URL's slug nor a Prisma filter.
    for (const language of ["welsh", "CYMRAEG", "", { not: "ENGLISH" }, { in: ["WELSH", "ENGLISH"] }, ["WELSH"], 1]) {
      expect(publicCacheKey.programme({ id: "abc", timeZone: "Europe/London" }, { language }), JSON.stringify(language)).toBeNull();
    }
    expect(publicCacheKey.programme("abc", {})).toBeNull();
  });
});
