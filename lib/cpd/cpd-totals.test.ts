import { describe, expect, it } from "vitest";
import { cpdTotals, type TotalsEntry } from "./cpd-totals";

const entry = (hours: number, rest: Partial<TotalsEntry> = {}): TotalsEntry => ({
  hours,
  activityType: "READING",
  standards: [],
  week: null,
  theme: null,
  ...rest,
});

describe("CPD totals", () => {
  it("adds hours exactly, without floating-point drift", () => {
    const totals = cpdTotals(Array.from({ length: 10 }, () => entry(0.1 + 0.2)));
    expect(totals.hours).toBe(3);
    expect(cpdTotals([entry(0.25), entry(1.75), entry(99.99)]).hours).toBe(101.99);
  });

  it("counts an entry under each of its standards, once each, and leaves out entries without a week or theme", () => {
    const totals = cpdTotals([
      entry(1.5, { standards: ["1.1", "4.6", "1.1"], week: "Week A", theme: "Safeguarding", activityType: "SESSION" }),
      entry(2, { standards: ["4.6"] }),
    ]);
    expect(totals.byStandard).toEqual([
      { key: "4.6", hours: 3.5, entries: 2 },
      { key: "1.1", hours: 1.5, entries: 1 },
    ]);
    expect(totals.byWeek).toEqual([{ key: "Week A", hours: 1.5, entries: 1 }]);
    expect(totals.byTheme).toEqual([{ key: "Safeguarding", hours: 1.5, entries: 1 }]);
    expect(totals.byType).toEqual([
      { key: "READING", hours: 2, entries: 1 },
      { key: "SESSION", hours: 1.5, entries: 1 },
    ]);
    expect(totals.entries).toBe(2);
  });
});
