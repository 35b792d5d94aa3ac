import { describe, expect, it } from "vitest";
import { hasActiveFilters, parseProgrammeFilters } from "./programme-filters";

describe("programme filters from the URL", () => {
  it("reads every filter", () => {
    expect(
      parseProgrammeFilters({ day: "2025-03-18", theme: "professional-relationships", format: "in-person", audience: "managers-and-leaders", q: " AI " }),
    ).toEqual({ day: "2025-03-18", theme: "professional-relationships", format: "IN_PERSON", audience: "MANAGERS_AND_LEADERS", q: "AI" });
  });

  it("drops values that do not parse instead of failing", () => {
    expect(
      parseProgrammeFilters({ day: "18/03/2025", theme: "<script>", format: "carrier-pigeon", audience: "everyone", q: "   " }),
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
});
