import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { timeZoneAbbreviation } from "../../programme/event-time";

export type FieldChange = { field: string; before: unknown; after: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with keys in order, so that two records holding the same things compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The fields that differ between a record before and after a change, in the
 * record's own order. A creation (nothing before) or deletion (nothing after)
 * lists every field of the record there is.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return canonical(before) === canonical(after) ? [] : [{ field: "value", before, after }];
  }
  const was = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return fields.filter((field) => canonical(was[field]) !== canonical(now[field])).map((field) => ({ field, before: was[field], after: now[field] }));
}

/** Every field of one side of a change, for "show full record". */
export function recordFields(record: unknown): { field: string; value: unknown }[] {
  if (!isRecord(record)) return record === null || record === undefined ? [] : [{ field: "value", value: record }];
  return Object.entries(record).map(([field, value]) => ({ field, value }));
}

/** "startsAt" → "Starts at", "cpdHours" → "Cpd hours": field names as words. */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value as a person reads it; instants (stored as ISO strings) in London time. */
export function formatAuditValue(value: unknown, words: { empty: string; yes: string; no: string }, timeZone = "Europe/London"): string {
  if (value === null || value === undefined || value === "") return words.empty;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) {
      const instant = new Date(value);
      if (!Number.isNaN(instant.getTime()))
        return `${format(new TZDate(instant, timeZone), "EEE d MMM yyyy, HH:mm")} ${timeZoneAbbreviation(instant, timeZone)}`;
    }
    return value;
  }
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    if (value.every((item) => typeof item !== "object" || item === null)) return value.map((item) => formatAuditValue(item, words, timeZone)).join(", ");
  }
  return JSON.stringify(value, null, 2);
}
