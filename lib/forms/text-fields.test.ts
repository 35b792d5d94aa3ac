import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTERS, multiLineText, nullWhenEmpty, singleLineText } from "./text-fields";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? null : result.error?.issues[0]?.message);

describe("single-line text", () => {
  const organiserName = singleLineText(160, { required: "organiserNameRequired" });

  it("keeps ordinary text, Welsh included, trimmed", () => {
    expect(organiserName.parse("  Gofal Cymdeithasol Cymru  ")).toBe("Gofal Cymdeithasol Cymru");
    expect(organiserName.parse("Ŵyl Gwaith Cymdeithasol – Côr ‘Llŷn’")).toBe("Ŵyl Gwaith Cymdeithasol – Côr ‘Llŷn’");
  });

  it.each([
    ["CR LF", "Social Care Wales\r\nATTENDEE:mailto:x@evil.example"],
    ["LF", "a\nb"],
    ["tab", "a\tb"],
    ["NUL", "a\u0000b"],
    ["escape", "a\u001b[31mb"],
    ["DEL", "a\u007fb"],
    ["C1 next line", "a\u0085b"],
    ["line separator", "a\u2028b"],
    ["paragraph separator", "a\u2029b"],
  ])("refuses %s inside the text", (_name, value) => {
    expect(messageOf(organiserName.safeParse(value))).toBe(CONTROL_CHARACTERS);
  });

  it("reports empty and too long with the field's own keys", () => {
    expect(messageOf(organiserName.safeParse("   "))).toBe("organiserNameRequired");
    expect(messageOf(organiserName.safeParse(undefined))).toBe("organiserNameRequired");
    expect(messageOf(singleLineText(5, { tooLong: "titleTooLong" }).safeParse("abcdef"))).toBe("titleTooLong");
    expect(messageOf(singleLineText(5).safeParse("abcdef"))).toBe("tooLong");
  });

  it("makes an optional field null when left empty", () => {
    const jobRole = nullWhenEmpty(singleLineText(120));
    expect(jobRole.parse("")).toBeNull();
    expect(jobRole.parse(undefined)).toBeNull();
    expect(jobRole.parse(" Social worker ")).toBe("Social worker");
    expect(messageOf(jobRole.safeParse("Social\rworker"))).toBe(CONTROL_CHARACTERS);
  });
});

describe("multi-line text", () => {
  const learning = multiLineText(5000, { required: "learningRequired" });

  it("keeps line breaks and tabs", () => {
    expect(learning.parse("First point.\r\n\tSecond point.\nThird.")).toBe("First point.\r\n\tSecond point.\nThird.");
  });

  it("refuses other control characters", () => {
    for (const value of ["a\u0000b", "a\u0007b", "a\u000bb", "a\u000cb", "a\u001bb", "a\u007fb", "a\u0085b", "a\u2028b"]) {
      expect(messageOf(learning.safeParse(value)), JSON.stringify(value)).toBe(CONTROL_CHARACTERS);
    }
  });
});
