import type { ReactNode } from "react";

/**
 * For `t.rich` on the label of a Welsh field: the catalogue marks the Welsh
 * words with <cy>…</cy> ("Title in Welsh <cy>(Teitl yn Gymraeg)</cy>"), so
 * that a screen reader on the English admin pronounces them as Welsh.
 */
export const welshWords = { cy: (chunks: ReactNode) => <span lang="cy">{chunks}</span> };
