import { enGB } from "date-fns/locale";
import { formatDayHeading } from "../../programme/event-time";
import { crlfText, entryTextLines } from "./entry-text";
import { exportLabels as l, fill, periodLabel, regulatorLabel } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";

/** The record as plain text: who and which period, then one block per entry, laid out to copy into a regulator's online form. */
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
  data.entries.forEach((entry, index) => lines.push(...entryTextLines(data, entry, index)));
  lines.push(fill(l.generated, { date: formatDayHeading(now.toISOString().slice(0, 10), enGB) }));
  return crlfText(lines);
}
