// Breaking a title into the lines of a share image, and cutting it short with
// "…" where it will not fit: done here, with the font's own measurements,
// rather than left to the renderer, so that a 300-character title or a word
// longer than the image (a pasted address, "Llanfairpwllgwyngyll…") always
// ends inside the picture and the lines are known before anything is drawn.

/** The width in pixels of a piece of text at the size being tried. */
export type Measure = (text: string) => number;

export type FittedLines = { lines: string[]; truncated: boolean };

const ELLIPSIS = "…";

/** Text as one line of words: every run of white space (line breaks, tabs, no-break spaces) becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Splits a word wider than the line into pieces that fit, by letter (code point). */
function splitLongWord(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const letter of Array.from(word)) {
    if (piece && measure(piece + letter) > maxWidth) {
      pieces.push(piece);
      piece = letter;
    } else {
      piece += letter;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Every line the text would take, breaking between words, and inside a word only when it is wider than a line. */
function wrap(text: string, measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of oneLine(text).split(" ")) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word) <= maxWidth) {
      line = word;
    } else {
      const pieces = splitLongWord(word, measure, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? "";
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The line with "…" at its end, dropping words (or, for one long word, letters) until both fit. */
export function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
  let text = line;
  const fits = (candidate: string) => measure(`${candidate}${ELLIPSIS}`) <= maxWidth;
  while (text && !fits(text.replace(/[\s.,;:–—-]+$/u, ""))) {
    const lastSpace = text.lastIndexOf(" ");
    text = lastSpace > 0 ? text.slice(0, lastSpace) : Array.from(text).slice(0, -1).join("");
  }
  return `${text.replace(/[\s.,;:–—-]+$/u, "")}${ELLIPSIS}`;
}

/** The text in at most `maxLines` lines no wider than `maxWidth`; the last one ends in "…" when some was left out. */
export function fitLines(text: string, measure: Measure, maxWidth: number, maxLines: number): FittedLines {
  const lines = wrap(text, measure, maxWidth);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  // The cut line gets the start of what follows, then loses words until "…" fits.
  const last = `${kept[maxLines - 1] ?? ""} ${lines[maxLines] ?? ""}`;
  kept[maxLines - 1] = withEllipsis(last, measure, maxWidth);
  return { lines: kept, truncated: true };
}

export type SizedLines = FittedLines & { size: number };

/**
 * The largest of `sizes` (biggest first) at which the whole text fits in
 * `height` pixels of lines; at the smallest, the text is cut short to fit.
 */
export function fitBlock(
  text: string,
  options: { sizes: readonly number[]; lineHeight: number; maxWidth: number; height: number; measureAt: (size: number) => Measure },
): SizedLines {
  const { sizes, lineHeight, maxWidth, height, measureAt } = options;
  let fitted: SizedLines | null = null;
  for (const size of sizes) {
    const maxLines = Math.max(1, Math.floor(height / (size * lineHeight)));
    fitted = { ...fitLines(text, measureAt(size), maxWidth, maxLines), size };
    if (!fitted.truncated) return fitted;
  }
  if (!fitted) throw new Error("fitBlock needs at least one size");
  return fitted;
}
