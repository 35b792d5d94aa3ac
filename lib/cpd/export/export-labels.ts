import { enGB } from "date-fns/locale";
import messages from "../../i18n/messages/cpd.en.json";
import { formatDayHeading } from "../../programme/event-time";
import { standardText } from "../standards/registry";
import type { CpdExport } from "./get-cpd-export";

/** The export's wording (English, like the regulators' forms it is pasted into). */
export const exportLabels = messages.export;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

export function typeLabel(type: string): string {
  return (messages.types as Record<string, string>)[type] ?? type;
}

export function regulatorLabel(regulator: string): string {
  return (exportLabels.regulators as Record<string, string>)[regulator] ?? regulator;
}

/** "All dates", "from 1 March 2026", "from … to …". */
export function periodLabel(data: Pick<CpdExport, "filter">): string {
  const { from, to } = data.filter;
  if (!from && !to) return exportLabels.allDates;
  const parts = [from ? fill(exportLabels.from, { from: formatDayHeading(from, enGB) }) : null, to ? fill(exportLabels.to, { to: formatDayHeading(to, enGB) }) : null];
  const text = parts.filter(Boolean).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1.1 Value each person as an individual…" for each of an entry's standards. */
export function standardLines(data: Pick<CpdExport, "profile">, codes: readonly string[]): string[] {
  return codes.map((code) => `${code} ${standardText(data.profile.standards, code) ?? ""}`.trim());
}
