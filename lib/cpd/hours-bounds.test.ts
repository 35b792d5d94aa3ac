import { describe, expect, it } from "vitest";
import { otherEntrySchema, sessionEntrySchema } from "./cpd-entry-schema";
import { formatHours, isQuarterHour, maxHoursForSession } from "./hours-bounds";

describe("CPD hours bounds", () => {
  it("allows a session's entry up to 2 hours over its CPD hours, never more than 24", () => {
    expect(maxHoursForSession(1.5)).toBe(3.5);
    expect(maxHoursForSession(23)).toBe(24);
  });

  it("accepts quarter hours only", () => {
    expect([0.25, 1, 1.5, 2.75, 100].every(isQuarterHour)).toBe(true);
    expect([0.1, 1.3, Number.NaN, Number.POSITIVE_INFINITY].some(isQuarterHour)).toBe(false);
    expect(formatHours(1.5)).toBe("1.5");
  });

  const reflection = { learning: "Twenty characters or more here.", impact: "Changes", standards: ["1.1"] };

  it("bounds a session's hours to 0.25–24 and other learning's to 0.25–100", () => {
    const session = (hours: string) => sessionEntrySchema.safeParse({ ...reflection, registrationId: "r", hours }).error?.issues[0]?.message;
    expect(session("0.25")).toBeUndefined();
    expect(session("24")).toBeUndefined();
    expect(session("0")).toBe("hoursTooFew");
    expect(session("24.25")).toBe("hoursTooMany");
    expect(session("1.1")).toBe("hoursQuarter");
    expect(session("lots")).toBe("hoursInvalid");
    expect(session("")).toBe("hoursRequired");
    const other = (hours: string) =>
      otherEntrySchema("2026-11-26").safeParse({ ...reflection, title: "Reading", activityType: "READING", activityDate: "2026-11-26", hours }).error?.issues[0]
        ?.message;
    expect(other("100")).toBeUndefined();
    expect(other("100.25")).toBe("hoursTooMany");
  });
});
