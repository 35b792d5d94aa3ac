import { describe, expect, it } from "vitest";
import { scheduleText, xmlAttribute, xmlText } from "./schedule-text";

describe("text in the schedule files", () => {
  it("keeps ordinary text, Welsh letters, emoji, tabs and line breaks", () => {
    for (const text of ["Rights & justice", "Tŷ Hywel, Caerdydd: ŵ ŷ â", "Emoji 😀", "tab\there", "line\nbreak", ""]) expect(scheduleText(text)).toBe(text);
  });

  it("drops what XML 1.0 cannot carry, and makes every line break a \\n", () => {
    expect(scheduleText("a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh\u0085i\u009fj\ufffek\uffffl")).toBe("abcdefghijkl");
    expect(scheduleText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
    expect(scheduleText("lone \ud800 high, lone \udc00 low, pair \ud83d\ude00")).toBe("lone  high, lone  low, pair 😀");
  });

  it("escapes element text and attribute values", () => {
    expect(xmlText('<script>alert("x")</script> & ]]>')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; &amp; ]]&gt;');
    expect(xmlAttribute('Hall "A" & <B>\tWing\nEast')).toBe("Hall &quot;A&quot; &amp; &lt;B&gt;&#9;Wing&#10;East");
    expect(xmlText("bell\u0007")).toBe("bell");
  });
});
