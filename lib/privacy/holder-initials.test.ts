import { describe, expect, it } from "vitest";
import { holderInitials } from "./holder-initials";

describe("holderInitials", () => {
  it("keeps the first letter of each name, with full stops", () => {
    expect(holderInitials("Alex Morgan")).toBe("A. M.");
    expect(holderInitials("  siân   llŷr ")).toBe("S. L.");
  });

  it("keeps each part of a double-barrelled name and skips punctuation", () => {
    expect(holderInitials("Mary-Jane O'Neil")).toBe("M.-J. O.");
    expect(holderInitials("Dr. (Jo) Ødegård")).toBe("D. J. Ø.");
  });

  it("never prints an empty holder", () => {
    expect(holderInitials("   ")).toBe("–");
    expect(holderInitials("1234")).toBe("–");
  });
});
