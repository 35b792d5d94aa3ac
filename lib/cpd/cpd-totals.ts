/** An entry as the totals need it; `week` and `theme` are null for learning outside the programme. */
export type TotalsEntry = { hours: number; activityType: string; standards: string[]; week: string | null; theme: string | null };

export type Total = { key: string; hours: number; entries: number };

export type CpdTotals = { hours: number; entries: number; byWeek: Total[]; byTheme: Total[]; byStandard: Total[]; byType: Total[] };

/**
 * Sums in hundredths of an hour (how hours are stored), so totals are exact.
 * An entry linked to several standards counts in full under each of them.
 */
export function cpdTotals(entries: readonly TotalsEntry[]): CpdTotals {
  const group = (keysOf: (entry: TotalsEntry) => (string | null)[]) => {
    const totals = new Map<string, { hundredths: number; entries: number }>();
    for (const entry of entries) {
      for (const key of keysOf(entry)) {
        if (key === null) continue;
        const total = totals.get(key) ?? { hundredths: 0, entries: 0 };
        total.hundredths += Math.round(entry.hours * 100);
        total.entries += 1;
        totals.set(key, total);
      }
    }
    return [...totals.entries()]
      .map(([key, total]) => ({ key, hours: total.hundredths / 100, entries: total.entries }))
      .sort((a, b) => b.hours - a.hours || a.key.localeCompare(b.key, "en", { numeric: true }));
  };
  const hundredths = entries.reduce((sum, entry) => sum + Math.round(entry.hours * 100), 0);
  return {
    hours: hundredths / 100,
    entries: entries.length,
    byWeek: group((entry) => [entry.week]),
    byTheme: group((entry) => [entry.theme]),
    byStandard: group((entry) => [...new Set(entry.standards)]),
    byType: group((entry) => [entry.activityType]),
  };
}
