import type { ReactNode } from "react";

export type BarRow = {
  key: string;
  label: string;
  /** Printed beside the bar, e.g. "12" or "9 of 12 places (75%)". */
  valueText: string;
  /** Length of the bar from 0 to 1; null draws no bar (e.g. unlimited places), and valueText says why. */
  fraction: number | null;
  /** Bar colour (#rrggbb); the label always names the row, so colour is never the only signal. */
  colour?: string | null;
};

type Props = {
  id: string;
  title: string;
  description: string;
  rows: BarRow[];
  /** Shown instead of the chart when there are no rows. */
  emptyText: string;
  /** What the collapsed table is called, e.g. "Show as a table". */
  tableLabel: string;
  /** The same numbers as a real table. */
  table: ReactNode;
  /** Read out before the values, e.g. "Bar chart". */
  chartKind: string;
};

const DEFAULT_COLOUR = "#1d4f91";

/** The fraction of the longest bar each count takes (the largest count fills the width). */
export function barFractions(counts: number[]): number[] {
  const max = Math.max(0, ...counts);
  return counts.map((count) => (max === 0 ? 0 : count / max));
}

/**
 * A server-rendered horizontal bar chart: a label above or beside each bar and
 * its value printed after it, so it reads at 320px wide, at 200% zoom and on
 * paper. Screen readers get one image whose name lists every value, and the
 * same numbers as a table in the disclosure beneath.
 */
export function HorizontalBarChart({ id, title, description, rows, emptyText, tableLabel, table, chartKind }: Props) {
  const summary = `${chartKind}. ${rows.map((row) => `${row.label}: ${row.valueText}`).join("; ")}.`;
  return (
    <section aria-labelledby={`${id}-title`} className="print-avoid-break mb-12">
      <h3 id={`${id}-title`} className="mb-1 text-xl">
        {title}
      </h3>
      <p id={`${id}-description`} className="mb-4 max-w-prose text-muted">
        {description}
      </p>
      {rows.length === 0 ? (
        <p className="mb-4 border-l-4 border-line bg-panel p-3">{emptyText}</p>
      ) : (
        <div role="img" aria-labelledby={`${id}-title ${id}-summary`} className="mb-4 max-w-4xl">
          <span id={`${id}-summary`} className="sr-only">
            {summary}
          </span>
          {/* One grid for every row, so the bars share one scale however long each value is. */}
          <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 sm:grid-cols-[minmax(8rem,18rem)_minmax(0,1fr)_auto]">
            {rows.map((row) => (
              <div key={row.key} className="contents">
                <div className="col-span-2 pt-1 pb-1 font-bold break-words sm:col-span-1 sm:py-2">{row.label}</div>
                <svg
                  className="mb-3 h-6 w-full self-center sm:my-2"
                  viewBox="0 0 100 24"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                  style={{ printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" }}
                >
                  <rect x="0" y="0" width="100" height="24" fill="#f3f2f1" />
                  {row.fraction !== null && row.fraction > 0 ? (
                    <rect
                      x="0"
                      y="2"
                      width={Math.min(row.fraction, 1) * 100}
                      height="20"
                      fill={row.colour ?? DEFAULT_COLOUR}
                      stroke="#0b0c0c"
                      strokeWidth="1"
                      vectorEffect="non-scaling-stroke"
                    />
                  ) : null}
                  <line x1="0" y1="0" x2="0" y2="24" stroke="#0b0c0c" strokeWidth="2" vectorEffect="non-scaling-stroke" />
                </svg>
                <span className="mb-3 self-center font-bold tabular-nums sm:my-2">{row.valueText}</span>
              </div>
            ))}
          </div>
        </div>
      )}
      {rows.length === 0 ? null : (
        <details>
          <summary className="inline-block cursor-pointer py-1 font-bold text-link underline">{tableLabel}</summary>
          <div className="mt-3">{table}</div>
        </details>
      )}
    </section>
  );
}
