import { describe, expect, it } from "vitest";
import { renewalReadiness, type ReadinessEntry } from "./renewal-readiness";

const entry = (activityDate: string, peerReflection = false, hours = 1): ReadinessEntry => ({ activityDate, hours, peerReflection });

describe("Social Work England readiness", () => {
  const entries = [entry("2026-11-30", true), entry("2026-06-01"), entry("2025-11-30", true), entry("2026-12-01")];

  it("counts 1 December to 30 November, on 30 November itself (in London, not UTC)", () => {
    // 23:30 UTC on 30 November is still 30 November in London (GMT).
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", entries, new Date("2026-11-30T23:30:00Z"));
    expect(readiness).toEqual({ kind: "SOCIAL_WORK_ENGLAND", periodStart: "2025-12-01", periodEnd: "2026-11-30", entries: 2, peerEntries: 1, daysLeft: 0, ready: true });
  });

  it("starts the next registration year on 1 December", () => {
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", entries, new Date("2026-12-01T00:00:00Z"));
    expect(readiness).toEqual({ kind: "SOCIAL_WORK_ENGLAND", periodStart: "2026-12-01", periodEnd: "2027-11-30", entries: 1, peerEntries: 0, daysLeft: 364, ready: false });
  });

  it("is not ready with two entries but none reflected on with a peer", () => {
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", [entry("2026-01-10"), entry("2026-02-10")], new Date("2026-11-01T12:00:00Z"));
    expect(readiness).toMatchObject({ entries: 2, peerEntries: 0, daysLeft: 29, ready: false });
  });

  it("uses London's date in summer time: 23:30 UTC on 31 May is 1 June", () => {
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", [], new Date("2026-05-31T23:30:00Z"));
    expect(readiness).toMatchObject({ daysLeft: 182 });
  });
});

describe("Social Care Wales readiness", () => {
  it("adds the hours of the last three years against 90", () => {
    const entries = [entry("2023-11-26", false, 40), entry("2023-11-27", false, 30.25), entry("2026-11-26", false, 59.75)];
    const readiness = renewalReadiness("SOCIAL_CARE_WALES", entries, new Date("2026-11-26T10:00:00Z"));
    expect(readiness).toEqual({ kind: "SOCIAL_CARE_WALES", periodStart: "2023-11-27", periodEnd: "2026-11-26", hours: 90, ready: true });
  });

  it("is not ready below 90 hours", () => {
    expect(renewalReadiness("SOCIAL_CARE_WALES", [entry("2026-01-01", false, 89.75)], new Date("2026-11-26T10:00:00Z"))).toMatchObject({ hours: 89.75, ready: false });
  });
});

describe("other regulators", () => {
  it("totals this calendar year's hours", () => {
    const entries = [entry("2025-12-31", false, 5), entry("2026-01-01", false, 1.5), entry("2026-11-26", false, 0.25)];
    expect(renewalReadiness("HCPC", entries, new Date("2026-11-26T10:00:00Z"))).toEqual({ kind: "OTHER", periodStart: "2026-01-01", periodEnd: "2026-11-26", hours: 1.75 });
  });
});
