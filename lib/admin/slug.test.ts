import { describe, expect, it } from "vitest";
import { chooseSlug, slugField, slugify } from "./slug";

describe("slugify", () => {
  it("lower-cases, drops accents and apostrophes and joins words with hyphens", () => {
    expect(slugify("Wythnos Gwaith Cymdeithasol – Ŵyl’s Week 2026!")).toBe("wythnos-gwaith-cymdeithasol-wyls-week-2026");
    expect(slugify("  --Hello,   World--  ")).toBe("hello-world");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("!!! ???")).toBe("");
  });

  it("keeps slugs short without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("slugField", () => {
  it("accepts empty (suggest one) and well-formed slugs, refuses others", () => {
    expect(slugField.parse("")).toBeNull();
    expect(slugField.parse(undefined)).toBeNull();
    expect(slugField.parse("social-work-week-2026")).toBe("social-work-week-2026");
    expect(slugField.safeParse("Has Spaces").error?.issues[0]?.message).toBe("slugInvalid");
    expect(slugField.safeParse("trailing-").error?.issues[0]?.message).toBe("slugInvalid");
    expect(slugField.safeParse("a".repeat(101)).error?.issues[0]?.message).toBe("slugTooLong");
  });
});

describe("chooseSlug", () => {
  const taken = new Set(["practice-week", "practice-week-2"]);
  const isTaken = (slug: string) => Promise.resolve(taken.has(slug));

  it("numbers a suggested slug until it is free", async () => {
    expect(await chooseSlug({ typed: null, suggestFrom: "Practice Week", fallback: "week", isTaken })).toBe("practice-week-3");
  });

  it("uses the fallback when the name gives no slug", async () => {
    expect(await chooseSlug({ typed: null, suggestFrom: "???", fallback: "week", isTaken })).toBe("week");
  });

  it("refuses (null) a typed slug that is taken, and never renumbers it", async () => {
    expect(await chooseSlug({ typed: "practice-week", suggestFrom: "x", fallback: "week", isTaken })).toBeNull();
    expect(await chooseSlug({ typed: "my-week", suggestFrom: "x", fallback: "week", isTaken })).toBe("my-week");
  });
});
