// Text typed by organisers reaches the schedule files (lib/schedule/), and
// may hold what the forms refuse today but older rows or other writers left:
// control characters, lone surrogates. XML 1.0 cannot carry most of them at
// all (Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
// [#x10000-#x10FFFF]; not even as &#1;), so they are dropped once, when the
// schedule is built, and the XML and the JSON say the same thing.

const NEEDS_CLEANING = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/**
 * The text as both files carry it: line breaks as "\n", tabs kept; every
 * other C0 or C1 control character, DEL, a lone surrogate half and the
 * non-characters U+FFFE and U+FFFF dropped.
 */
export function scheduleText(value: string): string {
  // Nearly all text needs nothing: one look first, the full clean only when something matches.
  if (!NEEDS_CLEANING.test(value)) return value;
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

/** Character data in an element: & and < must be escaped, and > too (so "]]>" never appears). */
export function xmlText(value: string): string {
  return scheduleText(value).replace(/[&<>]/g, (mark) => TEXT_ESCAPES[mark]!);
}

/**
 * A double-quoted attribute value: quotes escaped, and tabs and line breaks
 * as character references, which a parser keeps (written raw, attribute-value
 * normalisation would turn them into spaces).
 */
export function xmlAttribute(value: string): string {
  return scheduleText(value).replace(/[&<>"\t\n]/g, (mark) => TEXT_ESCAPES[mark]!);
}
