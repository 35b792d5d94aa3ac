import { describe, expect, it } from "vitest";
import { hasActiveFilters, parseProgrammeFilters } from "./programme-filters";

describe("programme filters from the URL", () => {
  it("reads every filter", () => {
    expect(
      parseProgrammeFilters({
        day: "2025-03-18",
        theme: "professional-relationships",
        format: "in-person",
        audience: "managers-and-leaders",
        language: "welsh",
        q: " AI ",
      }),
    ).toEqual({ day: "2025-03-18", theme: "professional-relationships", format: "IN_PERSON", audience: "MANAGERS_AND_LEADERS", language: "WELSH", q: "AI" });
  });

  it("drops values that do not parse instead of failing", () => {
    expect(
      parseProgrammeFilters({ day: "18/03/2025", theme: "<script>", format: "carrier-pigeon", audience: "everyone", language: "klingon", q: "   " }),
    ).toEqual({});
  });

  it("treats empty form fields as no filter and takes the first of repeated parameters", () => {
    const filters = parseProgrammeFilters({ day: "", theme: ["wellbeing", "identity"], format: "" });
    expect(filters).toEqual({ theme: "wellbeing" });
    expect(hasActiveFilters(filters)).toBe(true);
    expect(hasActiveFilters(parseProgrammeFilters({}))).toBe(false);
  });

  it("caps the search text at 100 characters", () => {
    expect(parseProgrammeFilters({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("reads the language of delivery from its lower-case name in the URL, each of the five", () => {
    expect(parseProgrammeFilters({ language: "english" })).toEqual({ language: "ENGLISH" });
    expect(parseProgrammeFilters({ language: "welsh" })).toEqual({ language: "WELSH" });
    expect(parseProgrammeFilters({ language: "bilingual" })).toEqual({ language: "BILINGUAL" });
    expect(parseProgrammeFilters({ language: "english-with-welsh-interpretation" })).toEqual({ language: "ENGLISH_WITH_WELSH_INTERPRETATION" });
    expect(parseProgrammeFilters({ language: "welsh-with-english-interpretation" })).toEqual({ language: "WELSH_WITH_ENGLISH_INTERPRETATION" });
    expect(parseProgrammeFilters({ language: " welsh " })).toEqual({ language: "WELSH" });
  });

  it("drops a language it does not know, the stored spelling, or the Welsh word for it", () => {
    for (const language of ["WELSH", "Welsh", "cymraeg", "welsh_with_english_interpretation", "welsh-", "", "welsh\u0000"]) {
      expect(parseProgrammeFilters({ language }), language).toEqual({});
    }
    expect(parseProgrammeFilters({ language: ["bilingual", "welsh"] })).toEqual({ language: "BILINGUAL" });
    expect(hasActiveFilters(parseProgrammeFilters({ language: "welsh" }))).toBe(true);
  });
});
