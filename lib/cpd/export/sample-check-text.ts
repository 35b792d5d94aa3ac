import { enGB } from "date-fns/locale";
import { formatDayHeading } from "../../programme/event-time";
import { crlfText, entryTextLines } from "./entry-text";
import { exportLabels as l, fill } from "./export-labels";
import type { SampleCheckExport } from "./get-sample-check-export";
import { sampleCheckDiscussionLines, sampleCheckHeader, sampleCheckRegulatorNote } from "./sample-check-labels";

/** The record for a sample check as plain text: who, the renewal date and period, discussions with a manager, then every entry of the period. */
export function sampleCheckText(data: SampleCheckExport, now: Date = new Date()): string {
  const note = sampleCheckRegulatorNote(data);
  const lines: string[] = [
    l.sampleCheckTitle.toUpperCase(),
    ...sampleCheckHeader(data).map(([label, value]) => `${label}: ${value}`),
    "",
    ...(note ? [note, ""] : []),
    `${l.discussions}:`,
    ...sampleCheckDiscussionLines(data).map((line) => `  ${line}`),
    "",
  ];
  if (data.entries.length === 0) lines.push(l.noEntries, "");
  data.entries.forEach((entry, index) => lines.push(...entryTextLines(data, entry, index)));
  lines.push(fill(l.generated, { date: formatDayHeading(now.toISOString().slice(0, 10), enGB) }));
  return crlfText(lines);
}
