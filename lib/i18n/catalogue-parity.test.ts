import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messagesFor } from "./catalogue";

// The Welsh catalogue is the English one in Welsh: the same keys, the same
// placeholders (of the same kind), the same select branches, the same tags,
// every plural ending in "other" and using only the categories Welsh has
// (zero, one, two, few, many, other, or exact =N), and nothing empty.

type Leaves = Map<string, string>;
/** Numbers and booleans (a heading level) are not messages: they must simply be equal. */
const NOT_TEXT = "\u0000not text:";

function leavesOf(value: unknown, path = "", into: Leaves = new Map()): Leaves {
  if (typeof value === "string") into.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => leavesOf(item, `${path}[${index}]`, into));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) leavesOf(item, path ? `${path}.${key}` : key, into);
  else into.set(path, `${NOT_TEXT}${String(value)}`);
  return into;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "argument",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
};

type Shape = { args: Set<string>; selects: Set<string>; exactPlurals: Set<string>; tags: Set<string>; pluralProblems: string[] };

const WELSH_PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

function shapeOf(
  elements: MessageFormatElement[],
  shape: Shape = { args: new Set(), selects: new Set(), exactPlurals: new Set(), tags: new Set(), pluralProblems: [] },
): Shape {
  for (const element of elements) {
    const kind = KIND[element.type];
    if (kind && "value" in element)
      shape.args.add(`${element.value}:${kind}${element.type === TYPE.plural && element.pluralType === "ordinal" ? "(ordinal)" : ""}`);
    if (element.type === TYPE.select) {
      for (const [option, branch] of Object.entries(element.options)) {
        shape.selects.add(`${element.value}=${option}`);
        shapeOf(branch.value, shape);
      }
    }
    if (element.type === TYPE.plural) {
      const options = Object.keys(element.options);
      if (!options.includes("other")) shape.pluralProblems.push(`${element.value} has no "other"`);
      for (const option of options) {
        if (option.startsWith("=")) shape.exactPlurals.add(`${element.value}${option}`);
        else if (!WELSH_PLURAL_CATEGORIES.has(option)) shape.pluralProblems.push(`${element.value} has an unknown category "${option}"`);
        shapeOf(element.options[option]!.value, shape);
      }
    }
    if (element.type === TYPE.tag) {
      shape.tags.add(element.value);
      shapeOf(element.children, shape);
    }
  }
  return shape;
}

const sorted = (values: Set<string>) => [...values].sort().join(", ");

const english = leavesOf(messagesFor("en"));
const welsh = leavesOf(messagesFor("cy"));

describe("the Welsh and English catalogues", () => {
  it("have the same keys", () => {
    expect(
      [...welsh.keys()].filter((key) => !english.has(key)),
      "in Welsh only",
    ).toEqual([]);
    expect(
      [...english.keys()].filter((key) => !welsh.has(key)),
      "in English only",
    ).toEqual([]);
    expect(english.size).toBeGreaterThan(1000);
  });

  it("have no empty message", () => {
    const empty = [...english, ...welsh].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("have the same placeholders, selects and tags in every message, and Welsh plurals", () => {
    const problems: string[] = [];
    for (const [key, englishText] of english) {
      const welshText = welsh.get(key);
      if (welshText === undefined) continue;
      if (englishText.startsWith(NOT_TEXT) || welshText.startsWith(NOT_TEXT)) {
        if (englishText !== welshText) problems.push(`${key}: ${JSON.stringify(englishText)} in English, ${JSON.stringify(welshText)} in Welsh`);
        continue;
      }
      let englishShape: Shape;
      let welshShape: Shape;
      try {
        englishShape = shapeOf(parse(englishText));
      } catch (error) {
        problems.push(`${key}: the English does not parse (${(error as Error).message})`);
        continue;
      }
      try {
        welshShape = shapeOf(parse(welshText));
      } catch (error) {
        problems.push(`${key}: the Welsh does not parse (${(error as Error).message})`);
        continue;
      }
      for (const part of ["args", "selects", "exactPlurals", "tags"] as const) {
        if (sorted(englishShape[part]) !== sorted(welshShape[part]))
          problems.push(`${key}: ${part} differ: English [${sorted(englishShape[part])}], Welsh [${sorted(welshShape[part])}]`);
      }
      problems.push(...welshShape.pluralProblems.map((problem) => `${key} (Welsh): ${problem}`));
      problems.push(...englishShape.pluralProblems.map((problem) => `${key} (English): ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  // The checks above must be able to fail: a catalogue pair with each fault.
  it("would notice a dropped placeholder, a changed select and a bad plural", () => {
    const faults = [
      ["Hello {name}", "Helo"],
      ["{format, select, ONLINE {Online} other {Other}}", "{format, select, ARLEIN {Ar-lein} other {Arall}}"],
      ["{count, plural, one {# hour} other {# hours}}", "{count, plural, one {# awr} lots {# awr} other {# awr}}"],
      ["<strong>Note</strong>", "<b>Nodyn</b>"],
    ] as const;
    for (const [englishText, welshText] of faults) {
      const englishShape = shapeOf(parse(englishText));
      const welshShape = shapeOf(parse(welshText));
      const differs =
        (["args", "selects", "exactPlurals", "tags"] as const).some((part) => sorted(englishShape[part]) !== sorted(welshShape[part])) ||
        welshShape.pluralProblems.length > 0;
      expect(differs, `${englishText} / ${welshText}`).toBe(true);
    }
  });
});
