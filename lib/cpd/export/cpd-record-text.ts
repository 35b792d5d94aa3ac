import { crlfText, entryTextLines } from "./entry-text";
import { exportWordsFor, periodLabel } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";

/** The record as plain text: who and which period, then one block per entry, laid out to copy into a regulator's online form. */
export function cpdRecordText(data: CpdExport, now: Date = new Date()): string {
  const w = exportWordsFor(data.profile.language);
  const lines: string[] = [
    w.label("documentTitle").toUpperCase(),
    `${w.label("name")}: ${data.profile.name}`,
    `${w.label("regulator")}: ${w.regulator(data.profile.regulator)}`,
    `${w.label("registrationNumber")}: ${data.profile.registrationNumber ?? w.label("notRegistered")}`,
    `${w.label("period")}: ${periodLabel(w, data)}`,
    `${w.label("totalHours")}: ${data.totals.hours}`,
    `${w.label("entries")}: ${data.totals.entries}`,
    "",
  ];
  if (data.entries.length === 0) lines.push(w.label("noEntries"), "");
  data.entries.forEach((entry, index) => lines.push(...entryTextLines(w, data, entry, index)));
  lines.push(w.fill("generated", (language) => ({ date: language.day(now.toISOString().slice(0, 10)) })));
  return crlfText(lines);
}
