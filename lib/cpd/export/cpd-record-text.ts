import { enGB } from "date-fns/locale";
import { formatDayHeading } from "../../programme/event-time";
import { exportLabels as l, fill, periodLabel, regulatorLabel, standardLines, typeLabel } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";

/**
 * The record as plain text, one block per entry in the order of the
 * regulators' online CPD forms (title, date, hours, type, standards, what I
 * learnt, impact on practice, peer reflection), to copy field by field.
 */
export function cpdRecordText(data: CpdExport, now: Date = new Date()): string {
  const lines: string[] = [
    l.documentTitle.toUpperCase(),
    `${l.name}: ${data.profile.name}`,
    `${l.regulator}: ${regulatorLabel(data.profile.regulator)}`,
    `${l.registrationNumber}: ${data.profile.registrationNumber ?? l.notRegistered}`,
    `${l.period}: ${periodLabel(data)}`,
    `${l.totalHours}: ${data.totals.hours}`,
    `${l.entries}: ${data.totals.entries}`,
    "",
  ];
  if (data.entries.length === 0) lines.push(l.noEntries, "");
  data.entries.forEach((entry, index) => {
    lines.push(
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
    );
    if (entry.peerNotes) lines.push(`${l.peerNotes}:`, entry.peerNotes, "");
    lines.push(`${l.peerReflection}: ${entry.peerReflection ? l.yes : l.no}`, "");
  });
  lines.push(fill(l.generated, { date: formatDayHeading(now.toISOString().slice(0, 10), enGB) }));
  // CRLF, so Windows Notepad on a council laptop shows the lines.
  return `${lines.join("\r\n")}\r\n`;
}
