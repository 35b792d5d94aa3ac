import { describe, expect, it } from "vitest";
import { Regulator } from "../../generated/prisma/enums";
import { allStandards, isStandardOf, standardText, standardsFor } from "./registry";

describe("standards registry", () => {
  it("has a list for every regulator, with unique codes numbered under their group", () => {
    for (const regulator of Object.values(Regulator)) {
      const list = standardsFor(regulator);
      const codes = allStandards(list).map((standard) => standard.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const group of list.groups) {
        for (const standard of group.standards) expect(standard.code.startsWith(group.code)).toBe(true);
      }
    }
  });

  it("ships Social Work England's six standards and Social Care Wales's six sections", () => {
    const england = standardsFor("SOCIAL_WORK_ENGLAND");
    expect(england.official).toBe(true);
    expect(england.groups.map((group) => group.code)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(standardText(england, "1.1")).toBe("Value each person as an individual, recognising their strengths and abilities.");
    const wales = standardsFor("SOCIAL_CARE_WALES");
    expect(wales.groups).toHaveLength(6);
    expect(wales.name).toContain("Code of Professional Practice");
    // The Welsh items are summaries (the Code was rewritten in July 2026), and both lists say where the full text is.
    expect(wales.summarised).toBe(true);
    expect(england.summarised).toBeFalsy();
    expect(england.sourceUrl).toMatch(/^https:\/\/www\.socialworkengland\.org\.uk\//);
    expect(wales.sourceUrl).toMatch(/^https:\/\/socialcare\.wales\//);
  });

  it("labels the general list as not a regulator's, and accepts only codes of the person's list", () => {
    for (const regulator of ["SSSC", "NISCC", "HCPC", "NONE"] as const) expect(standardsFor(regulator).official).toBe(false);
    expect(standardsFor("HCPC").name).toMatch(/not a regulator's official list/);
    expect(isStandardOf(standardsFor("SOCIAL_WORK_ENGLAND"), "3.15")).toBe(true);
    expect(isStandardOf(standardsFor("SOCIAL_CARE_WALES"), "3.15")).toBe(false);
    expect(isStandardOf(standardsFor("NONE"), "G1")).toBe(true);
    expect(isStandardOf(standardsFor("NONE"), "1.1")).toBe(false);
    expect(standardText(standardsFor("NONE"), "9.9")).toBeUndefined();
  });
});
