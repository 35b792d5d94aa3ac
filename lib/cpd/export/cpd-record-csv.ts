import { writeCsv } from "../../admin/csv/write-csv";
import { exportWordsFor, standardLines } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";
import { peerConfirmationText } from "./peer-confirmation-text";

/** One row per entry, for a spreadsheet: dates as yyyy-MM-dd, hours as numbers; headings in the person's language. */
export function cpdRecordCsv(data: CpdExport): string {
  const w = exportWordsFor(data.profile.language);
  const header = (["date", "title", "type", "hours", "standards", "learning", "impact", "peerNotes", "peerReflection", "peerConfirmation"] as const).map(
    w.label,
  );
  const rows = data.entries.map((entry) => [
    entry.activityDate,
    entry.title,
    w.type(entry.activityType),
    entry.hours,
    standardLines(w, data, entry.standards).join("\n"),
    entry.learning,
    entry.impact,
    entry.peerNotes ?? "",
    entry.peerReflection ? w.label("yes") : w.label("no"),
    entry.peerConfirmation ? peerConfirmationText(w, entry.peerConfirmation) : "",
  ]);
  return writeCsv([header, ...rows]);
}
