import { describe, expect, it } from "vitest";
import { auditQueryString, auditWhere, parseAuditFilters } from "./audit-filters";

describe("parseAuditFilters", () => {
  it("keeps valid filters, lower-cases the organiser's email and reads the page", () => {
    const { filters, fieldErrors } = parseAuditFilters({
      page: "3",
      actor: " Organiser@Demo.CPDWeek.test ",
      entityType: "session",
      action: "session.update",
      from: "2025-03-01",
      to: "2025-03-31",
      entityId: "abc123",
    });
    expect(fieldErrors).toEqual({});
    expect(filters).toEqual({
      page: 3,
      actor: "organiser@demo.cpdweek.test",
      entityType: "session",
      action: "session.update",
      from: "2025-03-01",
      to: "2025-03-31",
      entityId: "abc123",
    });
  });

  it("names each bad value and drops it, keeping what was typed", () => {
    const { filters, values, fieldErrors } = parseAuditFilters({ page: "-2", entityType: "invoice", from: "2025-02-30", to: "yesterday" });
    expect(filters).toEqual({ page: 1 });
    expect(fieldErrors).toEqual({ entityType: "entityTypeInvalid", from: "dateInvalid", to: "dateInvalid" });
    expect(values.to).toBe("yesterday");
  });

  it("refuses a range that ends before it starts", () => {
    const { filters, fieldErrors } = parseAuditFilters({ from: "2025-03-10", to: "2025-03-09" });
    expect(fieldErrors).toEqual({ to: "toBeforeFrom" });
    expect(filters).toEqual({ page: 1, from: "2025-03-10" });
  });
});

describe("auditWhere", () => {
  it("turns London days into UTC instants, across the change to summer time", () => {
    // 30 March 2025: clocks go forward, so the day after starts at 23:00 UTC.
    expect(auditWhere({ page: 1, from: "2025-03-30", to: "2025-03-30" })).toEqual({
      createdAt: { gte: new Date("2025-03-30T00:00:00Z"), lt: new Date("2025-03-30T23:00:00Z") },
    });
    expect(auditWhere({ page: 1, entityType: "session", entityId: "s1" })).toEqual({ entityType: "session", entityId: "s1" });
  });
});

describe("auditQueryString", () => {
  it("keeps the filters and sets the page", () => {
    expect(auditQueryString({ page: 1, entityType: "session", entityId: "s 1" }, 2)).toBe("?entityType=session&entityId=s+1&page=2");
    expect(auditQueryString({ page: 4 }, 1)).toBe("");
  });
});
