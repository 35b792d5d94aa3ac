import { describe, expect, it } from "vitest";
import { contentIn } from "./content";

describe("contentIn", () => {
  it("shows Welsh on a Welsh page when there is Welsh", () => {
    expect(contentIn("cy", "Rights and justice", "Hawliau a chyfiawnder")).toEqual({ text: "Hawliau a chyfiawnder", lang: "cy" });
  });

  it("shows English, marked as English, when there is no Welsh yet", () => {
    expect(contentIn("cy", "Rights and justice", null)).toEqual({ text: "Rights and justice", lang: "en" });
    expect(contentIn("cy", "Rights and justice", "  ")).toEqual({ text: "Rights and justice", lang: "en" });
  });

  it("shows English on an English page", () => {
    expect(contentIn("en", "Rights and justice", "Hawliau a chyfiawnder")).toEqual({ text: "Rights and justice", lang: "en" });
  });
});
