import { writeCsv } from "../../admin/csv/write-csv";
import { exportLabels as l, standardLines, typeLabel } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";

/** One row per entry, for a spreadsheet: dates as yyyy-MM-dd, hours as numbers. */
export function cpdRecordCsv(data: CpdExport): string {
  const header = [l.date, l.title, l.type, l.hours, l.standards, l.learning, l.impact, l.peerNotes, l.peerReflection];
  const rows = data.entries.map((entry) => [
    entry.activityDate,
    entry.title,
    typeLabel(entry.activityType),
    entry.hours,
    standardLines(data, entry.standards).join("\n"),
    entry.learning,
    entry.impact,
    entry.peerNotes ?? "",
    entry.peerReflection ? l.yes : l.no,
  ]);
  return writeCsv([header, ...rows]);
}
