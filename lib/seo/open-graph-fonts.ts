import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { fontPath, type PdfFontName } from "../pdf/fonts";
import { oneLine, type Measure } from "./fit-text";

// The share images are drawn in DejaVu Sans, the font the certificates use
// (lib/pdf/fonts.ts, from the dejavu-fonts-ttf package): every letter of
// Welsh (ŵ, ŷ, â …) and of most names people have, read from node_modules,
// never fetched.
//
// Only letters the font has are drawn. Next.js's renderer (next/og) fetches a
// font from Google Fonts for any letter its fonts lack, and an emoji picture
// from a CDN: on a machine without the internet that fails the image halfway
// through its answer, and on one with it, it would send organisers' text to
// third parties. So text is cut down to what DejaVu can draw first, and the
// renderer never has anything to look up (open-graph-image.test.ts stubs
// fetch and checks it is never called).

export type OpenGraphFont = { name: PdfFontName; data: Buffer; font: fontkit.Font };

const loaded = new Map<PdfFontName, OpenGraphFont>();

export function openGraphFont(name: PdfFontName): OpenGraphFont {
  let entry = loaded.get(name);
  if (!entry) {
    const data = readFileSync(fontPath(name));
    const font = fontkit.create(data);
    if (!("glyphForCodePoint" in font)) throw new Error(`Font ${name} is a collection, not a single font`);
    entry = { name, data, font };
    loaded.set(name, entry);
  }
  return entry;
}

/** Zero-width joiners and variation selectors: parts of emoji sequences, nothing to draw once the emoji has gone. */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\u{e0000}-\u{e007f}]/gu;

/**
 * Text as the share image can draw it: composed (w + ◌̂ becomes ŵ), on one
 * line, without control characters, and with any character the regular or
 * bold font lacks left out (an emoji, a script DejaVu does not cover).
 */
export function drawableText(text: string): string {
  const fonts = [openGraphFont("regular").font, openGraphFont("bold").font];
  const kept = Array.from(oneLine(text.normalize("NFC")).replace(INVISIBLE, ""))
    .filter((letter) => {
      const codePoint = letter.codePointAt(0) ?? 0;
      return letter === " " || (codePoint >= 0x20 && fonts.every((font) => font.hasGlyphForCodePoint(codePoint)));
    })
    .join("");
  return oneLine(kept);
}

/** The width of text in a font at a size, in pixels, kerning included. */
export function measureWith(name: PdfFontName, size: number): Measure {
  const { font } = openGraphFont(name);
  return (text) => (font.layout(text).advanceWidth * size) / font.unitsPerEm;
}
