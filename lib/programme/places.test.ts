import { describe, expect, it } from "vitest";
import { sessionCpdHours } from "./cpd-hours";
import { placesLeft, withPlaces } from "./places";

describe("places left", () => {
  it("counts down to full and never goes negative", () => {
    expect(placesLeft(20, 0)).toEqual({ kind: "available", left: 20 });
    expect(placesLeft(20, 19)).toEqual({ kind: "available", left: 1 });
    expect(placesLeft(20, 20)).toEqual({ kind: "full" });
    expect(placesLeft(20, 25)).toEqual({ kind: "full" });
  });

  it("treats an empty capacity as unlimited", () => {
    expect(placesLeft(null, 5000)).toEqual({ kind: "unlimited" });
  });

  it("says places are unknown, never guesses, when the bookings could not be counted", () => {
    const sessions = [
      { id: "a", capacity: 10 },
      { id: "b", capacity: null },
    ];
    expect(withPlaces(sessions, new Map([["a", 10]])).map((session) => session.places)).toEqual([{ kind: "full" }, { kind: "unlimited" }]);
    expect(withPlaces(sessions, null).map((session) => session.places)).toEqual([{ kind: "unknown" }, { kind: "unknown" }]);
  });
});

describe("CPD hours", () => {
  const at = (time: string) => new Date(`2025-03-18T${time}:00Z`);
  it("defaults to the session's length, to the nearest quarter hour", () => {
    expect(sessionCpdHours({ cpdHours: null, startsAt: at("12:30"), endsAt: at("14:00") })).toBe(1.5);
    expect(sessionCpdHours({ cpdHours: null, startsAt: at("10:00"), endsAt: at("10:50") })).toBe(0.75);
  });
  it("uses the organiser's figure when one is set", () => {
    expect(sessionCpdHours({ cpdHours: { toString: () => "2.5" }, startsAt: at("10:00"), endsAt: at("11:00") })).toBe(2.5);
  });
});
