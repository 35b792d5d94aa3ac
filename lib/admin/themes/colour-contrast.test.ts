import { describe, expect, it } from "vitest";
import { contrastRatio, contrastWithWhite, formatRatio, MIN_THEME_CONTRAST } from "./colour-contrast";

describe("colour contrast", () => {
  it("matches the WCAG extremes", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
  });

  it("matches known ratios against white", () => {
    expect(contrastWithWhite("#767676")).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite("#949494")).toBeCloseTo(3.03, 2);
    expect(contrastWithWhite("#ffff00")).toBeCloseTo(1.07, 2);
  });

  it("accepts the demo themes' colours and refuses light ones", () => {
    for (const colour of ["#1d70b8", "#00703c", "#6f3c97", "#912b88", "#b52a1c", "#00596b", "#8f3a00"]) {
      expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(MIN_THEME_CONTRAST);
    }
    expect(contrastWithWhite("#959595")).toBeLessThan(MIN_THEME_CONTRAST);
    expect(contrastWithWhite("#ffdd00")).toBeLessThan(MIN_THEME_CONTRAST);
  });

  it("rounds down for display so a refused colour never reads as 3.0", () => {
    expect(formatRatio(2.999)).toBe("2.9");
    expect(formatRatio(4.54)).toBe("4.5");
  });
});
