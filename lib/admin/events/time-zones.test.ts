import { describe, expect, it } from "vitest";
import { canonicalTimeZone, timeZoneChoices } from "./time-zones";

describe("canonicalTimeZone", () => {
  it("accepts zones Intl knows", () => {
    expect(canonicalTimeZone("Europe/London")).toBe("Europe/London");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
  });

  it("refuses made-up zones and junk", () => {
    expect(canonicalTimeZone("Europe/Atlantis")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
    expect(canonicalTimeZone("Europe/London; DROP")).toBeNull();
  });
});

describe("timeZoneChoices", () => {
  it("lists London and UTC, sorted, and keeps an unusual saved value", () => {
    const zones = timeZoneChoices("Etc/GMT+5");
    expect(zones).toContain("Europe/London");
    expect(zones).toContain("UTC");
    expect(zones).toContain("Etc/GMT+5");
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });
});
