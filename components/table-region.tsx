import type { ReactNode } from "react";

type Props = {
  /** The region's accessible name, e.g. the table's caption. */
  label: string;
  children: ReactNode;
  id?: string;
  className?: string;
  "aria-describedby"?: string;
};

/**
 * The box a data table scrolls sideways in, so that the page itself never
 * does at 320px wide or 400% zoom (WCAG 1.4.10 allows data tables this). It
 * is a named region that the keyboard can reach (tabIndex 0), so it can be
 * scrolled without a mouse, and it is positioned, so that screen-reader-only
 * text in the table (absolutely positioned) scrolls with it rather than
 * stretching the page from where the table ends. Inside it words stay whole
 * (break-word, not the page's anywhere): a column keeps the width of its
 * longest word and the box scrolls, rather than the table squeezing its
 * columns until words break mid-way. Cells holding email addresses opt back
 * in with [overflow-wrap:anywhere].
 */
export function TableRegion({ label, children, id, className, "aria-describedby": describedBy }: Props) {
  return (
    <div
      id={id}
      className={["relative overflow-x-auto wrap-break-word", className].filter(Boolean).join(" ")}
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
    >
      {children}
    </div>
  );
}
