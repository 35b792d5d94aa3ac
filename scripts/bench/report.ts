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

export function resultsMarkdown(input: { date: Date; command: string; machine: MachineFacts; results: ScenarioResult[] }): string {
  const date = input.date.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return [
    "## Latest results",
    "",
    `Run on ${date} with \`${input.command}\`.`,
    "",
    machineMarkdown(input.machine),
    "",
    ...input.results.flatMap((result) => [scenarioMarkdown(result), ""]),
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
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + RESULTS_END.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next);
}
