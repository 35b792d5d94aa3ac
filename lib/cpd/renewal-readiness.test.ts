import { describe, expect, it } from "vitest";
import { renewalReadiness, type ReadinessEntry, type ReadinessInput } from "./renewal-readiness";

const entry = (activityDate: string, peerReflection = false, hours = 1): ReadinessEntry => ({ activityDate, hours, peerReflection });
const input = (entries: ReadinessEntry[], more: Partial<ReadinessInput> = {}): ReadinessInput => ({
  entries,
  renewalDate: null,
  lastDiscussionOn: null,
  ...more,
});
const noDiscussion = { lastOn: null, remind: true };

describe("Social Work England readiness", () => {
  const entries = [entry("2026-11-30", true), entry("2026-06-01"), entry("2025-11-30", true), entry("2026-12-01")];

  it("counts 1 December to 30 November, on 30 November itself (in London, not UTC)", () => {
    // 23:30 UTC on 30 November is still 30 November in London (GMT).
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", input(entries), new Date("2026-11-30T23:30:00Z"));
    expect(readiness).toEqual({
      kind: "SOCIAL_WORK_ENGLAND",
      periodStart: "2025-12-01",
      periodEnd: "2026-11-30",
      entries: 2,
      hours: 2,
      peerEntries: 1,
      daysLeft: 0,
      ready: true,
      discussion: noDiscussion,
    });
  });

  it("starts the next registration year on 1 December", () => {
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", input(entries), new Date("2026-12-01T00:00:00Z"));
    expect(readiness).toMatchObject({ periodStart: "2026-12-01", periodEnd: "2027-11-30", entries: 1, peerEntries: 0, daysLeft: 364, ready: false });
  });

  it("ignores a recorded renewal date: the year always ends on 30 November", () => {
    const readiness = renewalReadiness("SOCIAL_WORK_ENGLAND", input(entries, { renewalDate: "2027-03-01" }), new Date("2026-12-06T12:00:00Z"));
    expect(readiness).toMatchObject({ periodStart: "2026-12-01", periodEnd: "2027-11-30" });
  });

  it("is not ready with two entries but none reflected on with a peer, nor with one entry reflected on", () => {
    expect(renewalReadiness("SOCIAL_WORK_ENGLAND", input([entry("2026-01-10"), entry("2026-02-10")]), new Date("2026-11-01T12:00:00Z"))).toMatchObject({
      entries: 2,
      peerEntries: 0,
      daysLeft: 29,
      ready: false,
    });
    expect(renewalReadiness("SOCIAL_WORK_ENGLAND", input([entry("2026-01-10", true)]), new Date("2026-11-01T12:00:00Z"))).toMatchObject({
      entries: 1,
      peerEntries: 1,
      ready: false,
    });
  });

  it("uses London's date in summer time: 23:30 UTC on 31 May is 1 June", () => {
    expect(renewalReadiness("SOCIAL_WORK_ENGLAND", input([]), new Date("2026-05-31T23:30:00Z"))).toMatchObject({ daysLeft: 182 });
  });
});

describe("Social Care Wales readiness", () => {
  const now = new Date("2026-12-06T10:00:00Z");

  it("without a renewal date, says none is recorded and counts the last three years, with no target", () => {
    const entries = [entry("2023-12-06", false, 40), entry("2023-12-07", false, 2.25), entry("2026-12-06", false, 0.5)];
    expect(renewalReadiness("SOCIAL_CARE_WALES", input(entries), now)).toEqual({
      kind: "SOCIAL_CARE_WALES",
      periodStart: "2023-12-07",
      periodEnd: "2026-12-06",
      entries: 2,
      hours: 2.75,
      renewal: { recorded: false },
      discussion: noDiscussion,
    });
  });

  it("with a renewal date, counts the three years up to it, both ends included, with the application's dates", () => {
    const entries = [entry("2024-03-01"), entry("2024-03-02"), entry("2026-12-06"), entry("2027-03-02")];
    const readiness = renewalReadiness("SOCIAL_CARE_WALES", input(entries, { renewalDate: "2027-03-01" }), now);
    expect(readiness).toEqual({
      kind: "SOCIAL_CARE_WALES",
      periodStart: "2024-03-02",
      periodEnd: "2027-03-01",
      entries: 2,
      hours: 2,
      renewal: {
        recorded: true,
        renewalDate: "2027-03-01",
        recordedDate: "2027-03-01",
        rolledForward: false,
        daysLeft: 85,
        applicationOpens: "2026-12-05",
        completeBy: "2027-02-08",
      },
      discussion: noDiscussion,
    });
  });

  it("on the renewal date itself, that date is still the one (0 days left)", () => {
    const readiness = renewalReadiness("SOCIAL_CARE_WALES", input([], { renewalDate: "2026-12-06" }), now);
    expect(readiness).toMatchObject({
      periodStart: "2023-12-07",
      periodEnd: "2026-12-06",
      renewal: { renewalDate: "2026-12-06", rolledForward: false, daysLeft: 0 },
    });
  });

  it("once the recorded date has passed, counts towards the date three years on and says it was moved", () => {
    const readiness = renewalReadiness("SOCIAL_CARE_WALES", input([entry("2026-12-05"), entry("2026-12-06")], { renewalDate: "2026-12-05" }), now);
    expect(readiness).toMatchObject({
      periodStart: "2026-12-06",
      periodEnd: "2029-12-05",
      entries: 1,
      renewal: { recorded: true, renewalDate: "2029-12-05", recordedDate: "2026-12-05", rolledForward: true, daysLeft: 1095 },
    });
    // A date two renewals ago moves on twice.
    expect(renewalReadiness("SOCIAL_CARE_WALES", input([], { renewalDate: "2022-01-31" }), now)).toMatchObject({
      renewal: { renewalDate: "2028-01-31", rolledForward: true },
    });
  });

  it("keeps 29 February in a leap year and uses 28 February otherwise", () => {
    const readiness = renewalReadiness("SOCIAL_CARE_WALES", input([entry("2025-02-28"), entry("2025-03-01")], { renewalDate: "2028-02-29" }), now);
    expect(readiness).toMatchObject({ periodStart: "2025-03-01", periodEnd: "2028-02-29", entries: 1 });
  });

  it("reads the day in London: 23:30 UTC on 30 June is already 1 July (summer time)", () => {
    const summer = new Date("2026-06-30T23:30:00Z");
    expect(renewalReadiness("SOCIAL_CARE_WALES", input([]), summer)).toMatchObject({ periodStart: "2023-07-02", periodEnd: "2026-07-01" });
  });
});

describe("the last discussion of learning with a manager or supervisor", () => {
  const now = new Date("2026-12-06T10:00:00Z");

  it("asks for one when none is recorded, for every regulator", () => {
    for (const regulator of ["SOCIAL_CARE_WALES", "SOCIAL_WORK_ENGLAND", "HCPC", "NONE"] as const) {
      expect(renewalReadiness(regulator, input([]), now).discussion).toEqual({ lastOn: null, remind: true });
    }
  });

  it("stops reminding for 12 months from a discussion, counting the day 12 months ago", () => {
    expect(renewalReadiness("SOCIAL_CARE_WALES", input([], { lastDiscussionOn: "2025-12-06" }), now).discussion).toEqual({
      lastOn: "2025-12-06",
      remind: false,
    });
    expect(renewalReadiness("SOCIAL_CARE_WALES", input([], { lastDiscussionOn: "2025-12-05" }), now).discussion).toEqual({
      lastOn: "2025-12-05",
      remind: true,
    });
    expect(renewalReadiness("SOCIAL_CARE_WALES", input([], { lastDiscussionOn: "2026-12-06" }), now).discussion).toEqual({
      lastOn: "2026-12-06",
      remind: false,
    });
  });
});

describe("other regulators", () => {
  it("totals this calendar year's entries and hours", () => {
    const entries = [entry("2025-12-31", false, 5), entry("2026-01-01", false, 1.5), entry("2026-11-26", false, 0.25)];
    expect(renewalReadiness("HCPC", input(entries, { lastDiscussionOn: "2026-02-01" }), new Date("2026-11-26T10:00:00Z"))).toEqual({
      kind: "OTHER",
      periodStart: "2026-01-01",
      periodEnd: "2026-11-26",
      entries: 2,
      hours: 1.75,
      discussion: { lastOn: "2026-02-01", remind: false },
    });
  });
});
