import { describe, expect, it } from "vitest";
import { recordFilterOf, recordFilterQuery } from "./record-filter";

describe("recordFilterOf", () => {
  it("keeps real calendar dates", () => {
    expect(recordFilterOf({ from: "2025-03-17", to: "2026-11-30" })).toEqual({ from: "2025-03-17", to: "2026-11-30" });
  });

  it("drops nonsense: impossible days, other shapes, lists", () => {
    expect(recordFilterOf({ from: "2025-02-30", to: "18/03/2025" })).toEqual({ from: null, to: null });
    expect(recordFilterOf({ from: ["2025-03-17", "2025-03-18"], to: " 2025-03-17" })).toEqual({ from: null, to: null });
  });

  // PostgreSQL has no year 0 (a query with one fails), and no CPD record
  // reaches back before 1900 or forward past 2100.
  it("drops dates outside a sane range, year 0000 included", () => {
    expect(recordFilterOf({ from: "0000-01-01", to: "0000-12-31" })).toEqual({ from: null, to: null });
    expect(recordFilterOf({ from: "0001-01-01", to: "9999-12-31" })).toEqual({ from: null, to: null });
    expect(recordFilterOf({ from: "1899-12-31", to: "2101-01-01" })).toEqual({ from: null, to: null });
    expect(recordFilterOf({ from: "1900-01-01", to: "2100-12-31" })).toEqual({ from: "1900-01-01", to: "2100-12-31" });
  });

  it("writes the filter back as a query string", () => {
    expect(recordFilterQuery({ from: "2025-03-17", to: null })).toBe("?from=2025-03-17");
    expect(recordFilterQuery({ from: null, to: null })).toBe("");
  });
});
