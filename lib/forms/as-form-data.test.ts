import { describe, expect, it } from "vitest";
import { asFormData } from "./as-form-data";

describe("asFormData", () => {
  it("passes a real form through and turns anything else into an empty form", () => {
    const form = new FormData();
    form.append("title", "Kept");
    expect(asFormData(form)).toBe(form);
    for (const other of [undefined, null, "text", { get: () => "x" }, ["$K1"], 3]) {
      const replaced = asFormData(other);
      expect(replaced).toBeInstanceOf(FormData);
      expect([...replaced.keys()]).toEqual([]);
    }
  });
});
