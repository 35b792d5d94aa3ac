import { describe, expect, it } from "vitest";
import { isPublicSlug } from "./public-slug";

describe("isPublicSlug", () => {
  it("takes slugs as the site makes them", () => {
    for (const slug of ["social-work-week-2025", "a", "glan-usk-practice-week", "x".repeat(200)]) expect(isPublicSlug(slug), slug).toBe(true);
  });

  it("refuses anything else from an address, before any query", () => {
    for (const value of [
      "",
      " ",
      "a b",
      " social-work-week-2025",
      "Social-Work",
      "ŵyl",
      "cyfarfod-ŷd",
      "-a",
      "a-",
      "a--b",
      "%",
      "%zz",
      "a%20b",
      "../x",
      "a/b",
      "a\u0000",
      "x".repeat(201),
    ]) {
      expect(isPublicSlug(value), JSON.stringify(value)).toBe(false);
    }
  });
});
