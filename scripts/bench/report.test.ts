import { describe, expect, it } from "vitest";
import { ceilingHtml } from "./pages";
import { mergeResults, parseSections, sectionEnd, sectionMarkdown, sectionStart, type SectionRun } from "./report";

const machine = [{ label: "CPU", value: "Test CPU (2 logical cores)" }];

function section(name: string, value: string, startedAt = new Date("2026-11-26T10:00:00Z")): SectionRun {
  return {
    name,
    startedAt,
    loadAverage: [1.5, 1, 0.25],
    result: { title: `Scenario ${name}`, description: `What ${name} measures.`, figures: [{ label: "Figure", value }] },
  };
}

const run = { command: "npm run bench", code: "commit abc1234" };

describe("benchmark results page", () => {
  it("gives each scenario its own section with the date, command, commit and load average", () => {
    const markdown = sectionMarkdown(section("pages", "12.5"), run);
    expect(markdown.startsWith(sectionStart("pages"))).toBe(true);
    expect(markdown.endsWith(sectionEnd("pages"))).toBe(true);
    expect(markdown).toContain(
      "### Scenario pages\n\nRun on 2026-11-26 10:00:00 UTC with `npm run bench`, commit abc1234; load average 1.50 / 1.00 / 0.25 (1 / 5 / 15 min) when the scenario started.\n\nWhat pages measures.",
    );
    expect(markdown).toContain("| Figure | 12.5 |  |");
  });

  it("replaces only the sections of the scenarios that ran, keeping the others and the scenario order", () => {
    const order = ["pages", "scaling", "registration"];
    const first = mergeResults({
      previous: undefined,
      date: new Date("2026-11-26T10:00:00Z"),
      machine,
      order,
      sections: order.map((name) => ({ name, markdown: sectionMarkdown(section(name, "first"), run) })),
    });
    const later = new Date("2026-11-27T09:30:00Z");
    const second = mergeResults({
      previous: `\n${first}\n`,
      date: later,
      machine,
      order,
      sections: [{ name: "scaling", markdown: sectionMarkdown(section("scaling", "second", later), { ...run, command: "npm run bench -- --only scaling" }) }],
    });

    const sections = parseSections(second);
    expect([...sections.keys()]).toEqual(order);
    expect(sections.get("pages")).toBe(parseSections(first).get("pages"));
    expect(sections.get("registration")).toContain("| Figure | first |");
    expect(sections.get("scaling")).toContain("| Figure | second |");
    expect(sections.get("scaling")).toContain("Run on 2026-11-27 09:30:00 UTC with `npm run bench -- --only scaling`");
    expect(second).toContain("The machine of the latest run (2026-11-27 09:30:00 UTC)");
    expect(second.match(/\| machine \| \|/g)).toHaveLength(1);
  });

  it("drops the sections of scenarios that no longer exist and an older block without section markers", () => {
    const previous = `## Latest results\n\n### Registration rush\n\n| figure | value | expected |\n\n${sectionStart("gone")}\nold\n${sectionEnd("gone")}`;
    const merged = mergeResults({ previous, date: new Date(), machine, order: ["pages"], sections: [] });
    expect(merged).not.toContain("Registration rush");
    expect(merged).not.toContain("old");
    expect(parseSections(merged).size).toBe(0);
  });
});

describe("static ceiling file", () => {
  it("is HTML of exactly the size of the page it stands for", () => {
    for (const bytes of [200, 4_096, 123_457]) {
      const html = ceilingHtml(bytes);
      expect(Buffer.byteLength(html)).toBe(bytes);
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(html.endsWith("</html>\n")).toBe(true);
    }
  });
});
