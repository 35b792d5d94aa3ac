import { describe, expect, it } from "vitest";
import { resourceFormSchema } from "./resource-form-schema";

const valid = { sessionId: "s1", kind: "SLIDES", title: "Slides from the session", url: "https://socialcare.wales/slides.pdf", visibility: "EVERYONE" };

const problemsOf = (input: Record<string, unknown>) => {
  const result = resourceFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("the session resource form", () => {
  it("stores the link in the browser's spelling, and an empty Welsh title as none", () => {
    const parsed = resourceFormSchema.parse({ ...valid, url: "  HTTPS://Socialcare.Wales/slides.pdf ", titleCy: "" });
    expect(parsed).toMatchObject({ url: "https://socialcare.wales/slides.pdf", titleCy: null, resourceId: "" });
    expect(resourceFormSchema.parse({ ...valid, url: parsed.url }).url).toBe(parsed.url);
  });

  it.each([
    ["http://socialcare.wales/slides.pdf", "urlNotHttps"],
    ["javascript:alert(document.cookie)", "urlNotHttps"],
    ["https://", "urlInvalid"],
    ["socialcare.wales/slides.pdf", "urlInvalid"],
    ["https://social care.wales/slides.pdf", "urlSpaces"],
    ["https://me:secret@socialcare.wales/", "urlCredentials"],
    ["", "urlRequired"],
    [`https://socialcare.wales/${"x".repeat(2_100)}`, "urlTooLong"],
  ])("says what is wrong with the link %j, beside the link", (url, message) => {
    expect(problemsOf({ ...valid, url })).toEqual({ url: message });
  });

  it("asks for each field it lacks, each beside its own field", () => {
    expect(problemsOf({ sessionId: "s1", url: "http://x.org" })).toEqual({
      kind: "kindRequired",
      title: "titleRequired",
      url: "urlNotHttps",
      visibility: "visibilityRequired",
    });
    expect(problemsOf({ ...valid, kind: "PODCAST", visibility: "FRIENDS" })).toEqual({ kind: "kindRequired", visibility: "visibilityRequired" });
    expect(problemsOf({ ...valid, title: "x".repeat(201), titleCy: "y".repeat(201) })).toEqual({ title: "titleTooLong", titleCy: "titleTooLong" });
  });
});
