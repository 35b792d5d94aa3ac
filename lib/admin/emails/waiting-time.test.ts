import { describe, expect, it } from "vitest";
import { waitingTime } from "./waiting-time";

describe("waitingTime", () => {
  it("says a wait in the one unit a person would use, rounded down", () => {
    expect(waitingTime(0)).toEqual({ unit: "seconds" });
    expect(waitingTime(59_999)).toEqual({ unit: "seconds" });
    expect(waitingTime(60_000)).toEqual({ unit: "minutes", count: 1 });
    expect(waitingTime(179_000)).toEqual({ unit: "minutes", count: 2 });
    expect(waitingTime(59 * 60_000 + 59_000)).toEqual({ unit: "minutes", count: 59 });
    expect(waitingTime(119 * 60_000)).toEqual({ unit: "hours", count: 1 });
    expect(waitingTime(47 * 3_600_000)).toEqual({ unit: "hours", count: 47 });
    expect(waitingTime(2 * 86_400_000)).toEqual({ unit: "days", count: 2 });
  });
});
