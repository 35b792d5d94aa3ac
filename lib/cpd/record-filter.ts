import { isCalendarDay } from "../dates/calendar-day";

/** The record's date range from the query string (?from=yyyy-MM-dd&to=yyyy-MM-dd); a bad value is ignored. */
export type RecordFilter = { from: string | null; to: string | null };

export function recordFilterOf(params: Record<string, string | string[] | undefined>): RecordFilter {
  const read = (value: unknown) => (isCalendarDay(value) ? value : null);
  return { from: read(params.from), to: read(params.to) };
}

/** The filter as a query string for the download links ("" when unfiltered). */
export function recordFilterQuery(filter: RecordFilter): string {
  const params = new URLSearchParams();
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}
