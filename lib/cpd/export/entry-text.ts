import { enGB } from "date-fns/locale";
import { formatDayHeading } from "../../programme/event-time";
import type { CpdRecordEntry } from "../list-cpd-record";
import { exportLabels as l, standardLines, typeLabel } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";

/**
 * One entry as plain text, in the order of the regulators' online CPD forms
 * (title, date, hours, type, standards, what I learnt, impact on practice,
 * peer reflection), to copy field by field.
 */
export function entryTextLines(data: Pick<CpdExport, "profile">, entry: CpdRecordEntry, index: number): string[] {
  const lines = [
    "=".repeat(60),
    `${index + 1}. ${l.title}: ${entry.title}`,
    `${l.date}: ${formatDayHeading(entry.activityDate, enGB)}`,
    `${l.hours}: ${entry.hours}`,
    `${l.type}: ${typeLabel(entry.activityType)}`,
    `${l.standards}:`,
    ...standardLines(data, entry.standards).map((line) => `  ${line}`),
    "",
    `${l.learning}:`,
    entry.learning,
    "",
    `${l.impact}:`,
    entry.impact,
    "",
  ];
  if (entry.peerNotes) lines.push(`${l.peerNotes}:`, entry.peerNotes, "");
  lines.push(`${l.peerReflection}: ${entry.peerReflection ? l.yes : l.no}`, "");
  return lines;
}

/** Lines as a download: CRLF, so Windows Notepad on a council laptop shows them. */
export function crlfText(lines: readonly string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}
