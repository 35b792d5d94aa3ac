import { describe, expect, it } from "vitest";
import { linkParts } from "./link-parts";

describe("linkParts", () => {
  it("makes http and https addresses links and leaves the rest as text", () => {
    expect(linkParts("Slides: https://example.org/slides.pdf, and more.")).toEqual([
      { kind: "text", text: "Slides: " },
      { kind: "link", href: "https://example.org/slides.pdf", text: "https://example.org/slides.pdf" },
      { kind: "text", text: ", and more." },
    ]);
  });

  it("keeps sentence punctuation out of the link", () => {
    expect(linkParts("See (http://a.example/x).")).toEqual([
      { kind: "text", text: "See (" },
      { kind: "link", href: "http://a.example/x", text: "http://a.example/x" },
      { kind: "text", text: ")." },
    ]);
  });

  it("never makes a link of other schemes or markup", () => {
    const text = 'javascript:alert(1) <a href="x">x</a> data:text/html,hi';
    expect(linkParts(text)).toEqual([{ kind: "text", text }]);
  });

  it("leaves text without addresses whole, Welsh included", () => {
    expect(linkParts("Diolch yn fawr — mae’r recordiad ar gael.")).toEqual([{ kind: "text", text: "Diolch yn fawr — mae’r recordiad ar gael." }]);
    expect(linkParts("")).toEqual([]);
  });
});
