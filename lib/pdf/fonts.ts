import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import type PDFDocument from "pdfkit";

// DejaVu Sans (the dejavu-fonts-ttf package): a free font with every letter
// of Welsh (ŵ, ŷ) and other names people have, embedded (subset) in every PDF
// so that certificates print the same everywhere. PDF's built-in Helvetica
// cannot show ŵ or ŷ.

export const pdfFonts = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
} as const;

export type PdfFontName = keyof typeof pdfFonts;

/** Where the font files are: node_modules of the app (next start and tests run from the project folder). */
export function fontPath(name: PdfFontName): string {
  const file = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", pdfFonts[name]);
  if (!existsSync(file)) throw new Error(`PDF font missing: ${file} (is the dejavu-fonts-ttf package installed?)`);
  return file;
}

// Each font is read and parsed once per process and shared by every PDF:
// parsing DejaVu's tables (fontkit) for each document was two thirds of a
// certificate's render time. Each document still embeds its own subset.
//
// One catch makes sharing safe only with a warm-up: fontkit caches a glyph
// object by glyph id with the characters it was *first* met as. Embedding a
// subset meets the parts of composite letters with no characters (ŷ is built
// from y), so a later PDF's "y" would get no text mapping, and copy, search
// and screen readers would lose it. Meeting every character of the font once,
// up front, gives every glyph its character before anything else can, except
// the presentation forms (ligatures such as ﬁ): those glyphs must be met by
// the text layout, which records them as the letters they join ("f", "i").
// tests/integration/certificates.test.ts extracts the text of consecutive
// PDFs and fails if either rule is broken.
const sharedFonts = new Map<PdfFontName, fontkit.Font>();

function sharedFont(name: PdfFontName): fontkit.Font {
  let font = sharedFonts.get(name);
  if (!font) {
    const opened = fontkit.create(readFileSync(fontPath(name)));
    if (!("glyphForCodePoint" in opened)) throw new Error(`PDF font ${pdfFonts[name]} is a collection, not a single font`);
    font = opened;
    for (const codePoint of font.characterSet) if (!isPresentationForm(codePoint)) font.glyphForCodePoint(codePoint);
    sharedFonts.set(name, font);
  }
  return font;
}

/** Unicode's ligature and contextual presentation forms (U+FB00–U+FDFF, U+FE70–U+FEFF). */
function isPresentationForm(codePoint: number): boolean {
  return (codePoint >= 0xfb00 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff);
}

/** Registers the fonts on a document as "regular" and "bold". */
export function registerPdfFonts(doc: InstanceType<typeof PDFDocument>): void {
  // pdfkit's types name only paths and buffers, but its font factory also takes a parsed font (anything with layout()).
  doc.registerFont("regular", sharedFont("regular") as unknown as Buffer);
  doc.registerFont("bold", sharedFont("bold") as unknown as Buffer);
}
