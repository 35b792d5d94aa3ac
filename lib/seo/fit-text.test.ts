import { describe, expect, it } from "vitest";
import { fitBlock, fitLines, oneLine, withEllipsis } from "./fit-text";

// One pixel per letter: easy to reason about, and enough to test the breaking.
const perLetter = (text: string) => Array.from(text).length;

describe("fitting text into the lines of a share image", () => {
  it("breaks between words and keeps every word when the text fits", () => {
    expect(fitLines("Do you get me? Language in assessment", perLetter, 15, 4)).toEqual({
      lines: ["Do you get me?", "Language in", "assessment"],
      truncated: false,
    });
  });

  it("puts line breaks, tabs and runs of spaces on one line", () => {
    expect(oneLine("  Gŵyl\n\tyr\u00a0haf  ")).toBe("Gŵyl yr haf");
  });

  it("cuts a text that is too long at a word, with an ellipsis that fits the line", () => {
    const { lines, truncated } = fitLines("one two three four five six seven eight nine ten", perLetter, 10, 2);
    expect(truncated).toBe(true);
    expect(lines).toEqual(["one two", "three…"]);
    for (const line of lines) expect(perLetter(line)).toBeLessThanOrEqual(10);
  });

  it("splits a word wider than the line by letter, and never loses a Welsh letter's accent", () => {
    const word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
    const { lines } = fitLines(`ŵ ${word}`, perLetter, 20, 10);
    expect(lines.join("").replace(/\s/g, "")).toBe(`ŵ${word}`);
    for (const line of lines) expect(perLetter(line)).toBeLessThanOrEqual(20);
    expect(withEllipsis(word, perLetter, 8)).toBe("Llanfai…");
  });

  it("drops trailing punctuation before the ellipsis", () => {
    expect(withEllipsis("Session one, part two", perLetter, 14)).toBe("Session one…");
  });

  it("chooses the largest size at which the whole text fits, else cuts it at the smallest", () => {
    const measureAt = (size: number) => (text: string) => perLetter(text) * size;
    const options = { sizes: [10, 8, 6], lineHeight: 1, maxWidth: 100, height: 20, measureAt };
    expect(fitBlock("a short title", options)).toMatchObject({ size: 10, truncated: false, lines: ["a short", "title"] });
    expect(fitBlock("a rather longer title of a session", options)).toMatchObject({ size: 6, truncated: false });
    const long = fitBlock("x ".repeat(300), options);
    expect(long).toMatchObject({ size: 6, truncated: true });
    expect(long.lines).toHaveLength(3);
    expect(long.lines.at(-1)).toMatch(/…$/);
  });
});
