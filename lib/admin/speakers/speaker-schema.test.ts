import { describe, expect, it } from "vitest";
import { speakerFormSchema } from "./speaker-schema";

// The speaker form's Welsh fields; control characters in every field are covered by
// lib/forms/every-form-text-rule.test.ts.
const problemWith = (field: string, value: unknown) => {
  const result = speakerFormSchema.safeParse({ name: "Sarah McCarty", [field]: value });
  return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
};

describe("the speaker form in Welsh", () => {
  it("stores the job title, organisation and biography in Welsh, trimmed, or null when left empty", () => {
    const parsed = speakerFormSchema.parse({
      name: "Sarah McCarty",
      role: "Chief Executive",
      roleCy: " Prif Weithredwr ",
      organisation: "Social Care Wales",
      organisationCy: "Gofal Cymdeithasol Cymru",
      bioCy: "",
    });
    expect(parsed).toMatchObject({ roleCy: "Prif Weithredwr", organisationCy: "Gofal Cymdeithasol Cymru", bioCy: null });
    expect(speakerFormSchema.parse({ name: "Sarah McCarty" })).toMatchObject({ roleCy: null, organisationCy: null, bioCy: null });
  });

  it("holds the Welsh to the English field's length", () => {
    expect(problemWith("roleCy", "r".repeat(161))).toBe("tooLong");
    expect(problemWith("organisationCy", "o".repeat(161))).toBe("tooLong");
    expect(problemWith("organisationCy", "o".repeat(160))).toBeNull();
    expect(problemWith("bioCy", "b".repeat(5_001))).toBe("tooLong");
  });

  it("refuses line breaks in the Welsh job title and organisation, and other control characters", () => {
    expect(problemWith("roleCy", "Prif\nWeithredwr")).toBe("controlCharacters");
    expect(problemWith("organisationCy", "Gofal\u2028Cymdeithasol")).toBe("controlCharacters");
    expect(problemWith("bioCy", "Paragraff\u0007")).toBe("controlCharacters");
    expect(problemWith("bioCy", "Paragraff un.\n\nParagraff dau.")).toBeNull();
  });

  it("refuses values that are not text", () => {
    for (const field of ["roleCy", "organisationCy", "bioCy"]) expect(problemWith(field, ["a"]), field).not.toBeNull();
  });
});
