import type { CpdRecordEntry } from "../list-cpd-record";
import { standardLines, type ExportWords } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";
import { peerConfirmationText } from "./peer-confirmation-text";

/**
 * One entry as plain text, in the order of the regulators' online CPD forms
 * (title, date, hours, type, standards, what I learnt, impact on practice,
 * peer reflection), to copy field by field.
 */
export function entryTextLines(w: ExportWords, data: Pick<CpdExport, "profile">, entry: CpdRecordEntry, index: number): string[] {
  const lines = [
    "=".repeat(60),
    `${index + 1}. ${w.label("title")}: ${entry.title}`,
    `${w.label("date")}: ${w.day(entry.activityDate)}`,
    `${w.label("hours")}: ${entry.hours}`,
    `${w.label("type")}: ${w.type(entry.activityType)}`,
    `${w.label("standards")}:`,
    ...standardLines(w, data, entry.standards).map((line) => `  ${line}`),
    "",
    `${w.label("learning")}:`,
    entry.learning,
    "",
    `${w.label("impact")}:`,
    entry.impact,
    "",
  ];
  if (entry.peerNotes) lines.push(`${w.label("peerNotes")}:`, entry.peerNotes, "");
  lines.push(`${w.label("peerReflection")}: ${entry.peerReflection ? w.label("yes") : w.label("no")}`, "");
  if (entry.peerConfirmation) lines.push(`${w.label("peerConfirmation")}: ${peerConfirmationText(w, entry.peerConfirmation)}`, "");
  return lines;
}

/** Lines as a download: CRLF, so Windows Notepad on a council laptop shows them. */
export function crlfText(lines: readonly string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}
