import { describe, expect, it } from "vitest";
import { eventFormSchema } from "./event-schema";

// The week form's Welsh fields (the rest is covered by tests/integration/admin-structure.test.ts,
// and control characters in every field by lib/forms/every-form-text-rule.test.ts).
const valid = {
  title: "Social Work Week",
  summary: "Five days of learning.",
  startDate: "2025-03-17",
  endDate: "2025-03-21",
  organiserName: "Social Care Wales",
};

const problemWith = (field: string, value: unknown) => {
  const result = eventFormSchema.safeParse({ ...valid, [field]: value });
  return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
};

describe("the week form in Welsh", () => {
  it("stores the Welsh beside the English, trimmed, and nothing (null) when it is left empty", () => {
    const parsed = eventFormSchema.parse({ ...valid, titleCy: " Wythnos Gwaith Cymdeithasol ", organiserNameCy: " Gofal Cymdeithasol Cymru " });
    expect(parsed).toMatchObject({
      titleCy: "Wythnos Gwaith Cymdeithasol",
      organiserNameCy: "Gofal Cymdeithasol Cymru",
      summaryCy: null,
      descriptionCy: null,
      audienceNoteCy: [],
    });
    expect(eventFormSchema.parse({ ...valid, organiserNameCy: "   " }).organiserNameCy).toBeNull();
  });

  it("reads who the week is for in Welsh one group a line, as in English", () => {
    const parsed = eventFormSchema.parse({
      ...valid,
      audienceNote: "social workers\nstudents",
      audienceNoteCy: "  gweithwyr cymdeithasol \r\n\r\n myfyrwyr\n",
    });
    expect(parsed.audienceNoteCy).toEqual(["gweithwyr cymdeithasol", "myfyrwyr"]);
  });

  it("holds the Welsh to the English field's limits", () => {
    expect(problemWith("titleCy", "t".repeat(161))).toBe("tooLong");
    expect(problemWith("organiserNameCy", "o".repeat(161))).toBe("tooLong");
    expect(problemWith("organiserNameCy", "o".repeat(160))).toBeNull();
    expect(problemWith("summaryCy", "s".repeat(601))).toBe("tooLong");
    expect(problemWith("audienceNoteCy", Array.from({ length: 21 }, (_, line) => `grŵp ${line}`).join("\n"))).toBe("audienceNoteTooMany");
    expect(problemWith("audienceNoteCy", "g".repeat(201))).toBe("audienceNoteLineTooLong");
  });

  it("refuses control characters in the Welsh organiser and audience notes, and a line break in the organiser", () => {
    expect(problemWith("organiserNameCy", "Gofal\nCymdeithasol")).toBe("controlCharacters");
    expect(problemWith("organiserNameCy", "Gofal\tCymdeithasol")).toBe("controlCharacters");
    expect(problemWith("audienceNoteCy", "gweithwyr\u0000")).toBe("controlCharacters");
    expect(problemWith("audienceNoteCy", "gweithwyr\u001b[31m")).toBe("controlCharacters");
  });

  it("refuses values that are not text", () => {
    for (const field of ["titleCy", "organiserNameCy", "audienceNoteCy"]) {
      expect(problemWith(field, 42), field).not.toBeNull();
      expect(problemWith(field, { contains: "" }), field).not.toBeNull();
    }
  });
});
