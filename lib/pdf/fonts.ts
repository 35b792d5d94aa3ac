import { existsSync } from "node:fs";
import path from "node:path";
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

/** Registers the fonts on a document as "regular" and "bold". */
export function registerPdfFonts(doc: InstanceType<typeof PDFDocument>): void {
  doc.registerFont("regular", fontPath("regular"));
  doc.registerFont("bold", fontPath("bold"));
}
