// An organiser's message is plain text; on a page, web addresses in it become
// links (as a mail program would make them). Only http and https addresses:
// nothing else in the text is interpreted.

export type TextPart = { kind: "text"; text: string } | { kind: "link"; href: string; text: string };

const ADDRESS = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than an address ("see https://example.org/a."). */
const TRAILING = /[.,;:!?)\]'’”]+$/;

export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    const address = match[0].replace(TRAILING, "");
    if (!URL.canParse(address)) continue;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", href: new URL(address).href, text: address });
    last = start + address.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
