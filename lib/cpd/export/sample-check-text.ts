import { crlfText, entryTextLines } from "./entry-text";
import { exportWordsFor } from "./export-labels";
import type { SampleCheckExport } from "./get-sample-check-export";
import { sampleCheckDiscussionLines, sampleCheckHeader, sampleCheckRegulatorNote } from "./sample-check-labels";

/** The record for a sample check as plain text: who, the renewal date and period, discussions with a manager, then every entry of the period. */
export function sampleCheckText(data: SampleCheckExport, now: Date = new Date()): string {
  const w = exportWordsFor(data.profile.language);
  const note = sampleCheckRegulatorNote(w, data);
  const lines: string[] = [
    w.label("sampleCheckTitle").toUpperCase(),
    ...sampleCheckHeader(w, data).map(([label, value]) => `${label}: ${value}`),
    "",
    ...(note ? [note, ""] : []),
    `${w.label("discussions")}:`,
    ...sampleCheckDiscussionLines(w, data).map((line) => `  ${line}`),
    "",
  ];
  if (data.entries.length === 0) lines.push(w.label("noEntries"), "");
  data.entries.forEach((entry, index) => lines.push(...entryTextLines(w, data, entry, index)));
  lines.push(w.fill("generated", (language) => ({ date: language.day(now.toISOString().slice(0, 10)) })));
  return crlfText(lines);
}
