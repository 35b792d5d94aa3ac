/** WCAG 2.2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (1 to 21) between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A theme's colour marks it beside its name on a white page; WCAG 2.2 (1.4.11,
 * non-text contrast) asks for 3:1 against what surrounds a graphic that carries meaning.
 */
export const MIN_THEME_CONTRAST = 3;

export function contrastWithWhite(hex: string): number {
  return contrastRatio(hex, "#ffffff");
}

/** The ratio as people read it, rounded down so 2.996 never shows as "3.0". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1);
}
