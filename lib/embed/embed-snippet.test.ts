import { describe, expect, it } from "vitest";
import { embedSnippet } from "./embed-snippet";

describe("the iframe snippet", () => {
  it("is titled in its language, points at the page in that language, and keeps a typed title inside its attribute", () => {
    expect(embedSnippet({ siteUrl: "https://cpd.example", slug: "wythnos", locale: "cy", title: 'Wythnos "Gofal" <b>&\u0001' })).toBe(
      '<iframe src="https://cpd.example/cy/embed/weeks/wythnos" title="Rhaglen: Wythnos &quot;Gofal&quot; &lt;b&gt;&amp;" style="width:100%;height:900px;border:0" loading="lazy"></iframe>',
    );
    expect(embedSnippet({ siteUrl: "https://cpd.example", slug: "week", locale: "en", title: "Practice Week" })).toContain(
      'src="https://cpd.example/embed/weeks/week" title="Programme: Practice Week"',
    );
  });
});
