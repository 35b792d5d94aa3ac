// Markdown for the terminal and for docs/benchmarks.md.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import type { MachineFacts } from "./machine";
import type { Figure, ScenarioResult } from "./types";

export const RESULTS_START = "<!-- bench:results:start -->";
export const RESULTS_END = "<!-- bench:results:end -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function figureValue(figure: Figure): string {
  if (!figure.check || figure.check.ok) return figure.value;
  return `${figure.value} (${figure.check.severity === "fail" ? "FAILED" : "warning"})`;
}

export function scenarioMarkdown(result: ScenarioResult): string {
  const rows = result.figures.map((figure) => `| ${cell(figure.label)} | ${cell(figureValue(figure))} | ${cell(figure.expected ?? "")} |`);
  return [`### ${result.title}`, "", result.description, "", "| figure | value | expected |", "|---|---|---|", ...rows].join("\n");
}

export function machineMarkdown(machine: MachineFacts): string {
  return ["| machine | |", "|---|---|", ...machine.map((fact) => `| ${cell(fact.label)} | ${cell(fact.value)} |`)].join("\n");
}

/** "2026-11-26 10:50:12 UTC". */
export function formatDate(date: Date): string {
  return date
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, " UTC");
}

/** What one scenario's section records about its run, besides its table. */
export type SectionRun = {
  /** The scenario's name (its section's key in the page). */
  name: string;
  result: ScenarioResult;
  /** When the scenario started, and the machine's 1, 5 and 15-minute load averages then. */
  startedAt: Date;
  loadAverage: number[];
};

export const sectionStart = (name: string) => `<!-- bench:section:${name}:start -->`;
export const sectionEnd = (name: string) => `<!-- bench:section:${name}:end -->`;

/** One scenario's section of the results, between its own markers, with the line saying when and on what it ran. */
export function sectionMarkdown(section: SectionRun, run: { command: string; code: string }): string {
  const load = section.loadAverage.map((value) => value.toFixed(2)).join(" / ");
  const when =
    `Run on ${formatDate(section.startedAt)} with \`${run.command}\`, ${run.code}; ` + `load average ${load} (1 / 5 / 15 min) when the scenario started.`;
  return [sectionStart(section.name), scenarioMarkdown(section.result).replace(/\n\n/, () => `\n\n${when}\n\n`), sectionEnd(section.name)].join("\n");
}

/** The sections found between their markers in a results block, by name. */
export function parseSections(block: string): Map<string, string> {
  const sections = new Map<string, string>();
  const pattern = /<!-- bench:section:([\w-]+):start -->[\s\S]*?<!-- bench:section:\1:end -->/g;
  for (const match of block.matchAll(pattern)) sections.set(match[1]!, match[0]);
  return sections;
}

/**
 * The results block after a run: the machine of this run, then one section
 * per scenario in `order`: the new section of each scenario that ran, the
 * previous one (with its own date line) of each that did not. Sections of
 * scenarios that no longer exist are dropped; so is a previous block without
 * section markers (the older, all-in-one format).
 */
export function mergeResults(input: {
  previous: string | undefined;
  date: Date;
  machine: MachineFacts;
  sections: Array<{ name: string; markdown: string }>;
  order: string[];
}): string {
  const previous = parseSections(input.previous ?? "");
  const fresh = new Map(input.sections.map((section) => [section.name, section.markdown]));
  const kept = input.order.flatMap((name) => {
    const markdown = fresh.get(name) ?? previous.get(name);
    return markdown ? [markdown, ""] : [];
  });
  return [
    "## Latest results",
    "",
    "Each section below says when it was last measured; a run with `--only` replaces only its own sections.",
    `The machine of the latest run (${formatDate(input.date)}):`,
    "",
    machineMarkdown(input.machine),
    "",
    ...kept,
  ]
    .join("\n")
    .trimEnd();
}

/** Failed checks ("fail") and flagged ones ("warn"), as "scenario: figure is value, expected …". */
export function failedChecks(results: ScenarioResult[], severity: "fail" | "warn"): string[] {
  return results.flatMap((result) =>
    result.figures
      .filter((figure) => figure.check && !figure.check.ok && figure.check.severity === severity)
      .map((figure) => `${result.title}: ${figure.label} is ${figure.value}, expected ${figure.expected ?? "something else"}`),
  );
}

/** The results block of the benchmarks page (between the markers), if it has one. */
export async function readResults(file: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined;
  const current = await readFile(file, "utf8");
  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  return start >= 0 && end > start ? current.slice(start + RESULTS_START.length, end) : undefined;
}

/**
 * Replaces the results between the markers in the benchmarks page, keeping
 * the hand-written text around them (a page without markers gets them added
 * at the end; a missing page is created).
 */
export async function writeResults(file: string, results: string): Promise<void> {
  const block = `${RESULTS_START}\n${results}\n${RESULTS_END}`;
  const current = existsSync(file)
    ? await readFile(file, "utf8")
    : "# Benchmarks\n\nRun `npm run bench` (see scripts/bench.ts). The section below is rewritten by each run.\n";
  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + RESULTS_END.length) : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next);
}
