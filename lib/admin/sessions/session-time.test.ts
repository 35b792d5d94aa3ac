import { describe, expect, it } from "vitest";
import { localToUtc, utcToLocal } from "./session-time";

const london = "Europe/London";

function instant(date: string, time: string, timeZone = london): string {
  const result = localToUtc(date, time, timeZone);
  if (!result.ok) throw new Error(`${date} ${time} was refused: ${result.refusal}`);
  return result.instant.toISOString();
}

describe("session times entered in the event's time zone", () => {
  it("stores a winter (GMT) time unchanged and a summer (BST) time an hour earlier in UTC", () => {
    expect(instant("2025-03-18", "10:00")).toBe("2025-03-18T10:00:00.000Z");
    expect(instant("2025-06-18", "10:00")).toBe("2025-06-18T09:00:00.000Z");
  });

  it("changes offset on the right side of the clocks going forward (30 March 2025)", () => {
    expect(instant("2025-03-30", "00:30")).toBe("2025-03-30T00:30:00.000Z");
    expect(instant("2025-03-30", "02:00")).toBe("2025-03-30T01:00:00.000Z");
    expect(instant("2025-03-29", "10:00")).toBe("2025-03-29T10:00:00.000Z");
    expect(instant("2025-03-31", "10:00")).toBe("2025-03-31T09:00:00.000Z");
  });

  it("refuses a time that does not exist because the clocks skip it", () => {
    expect(localToUtc("2025-03-30", "01:00", london)).toEqual({ ok: false, refusal: "nonexistent" });
    expect(localToUtc("2025-03-30", "01:30", london)).toEqual({ ok: false, refusal: "nonexistent" });
    expect(localToUtc("2025-03-30", "01:59", london)).toEqual({ ok: false, refusal: "nonexistent" });
  });

  it("takes the first of a time that happens twice when the clocks go back (26 October 2025) and says so", () => {
    const result = localToUtc("2025-10-26", "01:30", london);
    expect(result).toEqual({ ok: true, instant: new Date("2025-10-26T00:30:00.000Z"), ambiguous: true });
    expect(localToUtc("2025-10-26", "00:30", london)).toEqual({ ok: true, instant: new Date("2025-10-25T23:30:00.000Z"), ambiguous: false });
    expect(localToUtc("2025-10-26", "02:00", london)).toEqual({ ok: true, instant: new Date("2025-10-26T02:00:00.000Z"), ambiguous: false });
    expect(instant("2025-10-27", "10:00")).toBe("2025-10-27T10:00:00.000Z");
  });

  it("works in other zones too", () => {
    expect(instant("2025-07-01", "09:00", "America/New_York")).toBe("2025-07-01T13:00:00.000Z");
    expect(instant("2025-07-01", "09:00", "UTC")).toBe("2025-07-01T09:00:00.000Z");
  });

  it("refuses dates and times that are not real", () => {
    expect(localToUtc("2025-02-29", "10:00", london)).toEqual({ ok: false, refusal: "invalid" });
    expect(localToUtc("2025-13-01", "10:00", london)).toEqual({ ok: false, refusal: "invalid" });
    expect(localToUtc("18/03/2025", "10:00", london)).toEqual({ ok: false, refusal: "invalid" });
    expect(localToUtc("2025-03-18", "24:00", london)).toEqual({ ok: false, refusal: "invalid" });
    expect(localToUtc("2025-03-18", "9am", london)).toEqual({ ok: false, refusal: "invalid" });
    expect(localToUtc("0000-01-01", "10:00", london)).toEqual({ ok: false, refusal: "invalid" });
  });

  it("turns stored instants back into what the form shows, both sides of the clock change", () => {
    expect(utcToLocal(new Date("2025-03-30T00:30:00Z"), london)).toEqual({ date: "2025-03-30", time: "00:30" });
    expect(utcToLocal(new Date("2025-03-30T01:00:00Z"), london)).toEqual({ date: "2025-03-30", time: "02:00" });
    expect(utcToLocal(new Date("2025-06-10T23:30:00Z"), london)).toEqual({ date: "2025-06-11", time: "00:30" });
    expect(utcToLocal(new Date("2025-10-26T01:30:00Z"), london)).toEqual({ date: "2025-10-26", time: "01:30" });
  });
});
