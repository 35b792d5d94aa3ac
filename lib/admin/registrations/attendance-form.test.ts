import { describe, expect, it } from "vitest";
import { attendanceFormFields, attendanceFormSchema } from "./attendance-form";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return attendanceFormSchema.safeParse(attendanceFormFields(data));
}

describe("the attendance register form", () => {
  it("marks the ticked people with the bulk buttons and goes back to the totals", () => {
    const result = form([
      ["sessionId", "sess1"],
      ["q", " siân "],
      ["registrationIds", "reg1"],
      ["registrationIds", "reg2"],
      ["intent", "selected:ATTENDED"],
    ]);
    expect(result.success && result.data).toEqual({
      input: { sessionId: "sess1", attendance: "ATTENDED", registrationIds: ["reg1", "reg2"] },
      anchor: "summary",
      single: null,
      q: "siân",
    });
  });

  it("marks everyone still unmarked as not attended, whatever is ticked", () => {
    const result = form([
      ["sessionId", "sess1"],
      ["registrationIds", "reg1"],
      ["intent", "unmarked:ABSENT"],
    ]);
    expect(result.success && result.data.input).toEqual({ sessionId: "sess1", attendance: "ABSENT", registrationIds: "unmarked" });
  });

  it("marks only the row's person with a row button, and returns to that row", () => {
    const result = form([
      ["sessionId", "sess1"],
      ["registrationIds", "reg1"],
      ["intent", "one:UNMARKED:reg9"],
    ]);
    expect(result.success && result.data).toEqual({
      input: { sessionId: "sess1", attendance: "UNMARKED", registrationIds: ["reg9"] },
      anchor: "row-reg9",
      single: "reg9",
      q: "",
    });
  });

  it("passes an empty selection on (the data function names the problem) but refuses unknown intents and bad ids", () => {
    expect(
      form([
        ["sessionId", "sess1"],
        ["intent", "selected:ABSENT"],
      ]).success,
    ).toBe(true);
    expect(
      form([
        ["sessionId", "sess1"],
        ["intent", "unmarked:ATTENDED"],
      ]).success,
    ).toBe(false);
    expect(
      form([
        ["sessionId", "sess1"],
        ["intent", "everyone:ATTENDED"],
      ]).success,
    ).toBe(false);
    expect(
      form([
        ["sessionId", "sess1"],
        ["intent", "one:ATTENDED:../x"],
      ]).success,
    ).toBe(false);
    expect(
      form([
        ["sessionId", "sess1"],
        ["intent", "selected:ATTENDED"],
        ["registrationIds", "a b"],
      ]).success,
    ).toBe(false);
    expect(form([["intent", "selected:ATTENDED"]]).success).toBe(false);
  });
});
