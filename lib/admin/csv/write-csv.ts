// A small CSV writer for the registration exports.
//
// Why not a library: the maintained choice (`csv-stringify`) is not among this
// project's dependencies and new packages need the lead's approval. What the
// exports need is small and fully specified, so it is written here and tested
// beside it (write-csv.test.ts):
// - RFC 4180: fields separated by commas, records by CRLF; a field containing
//   a comma, double quote, CR or LF is wrapped in double quotes, with each
//   double quote doubled.
// - Excel: a UTF-8 byte-order mark first, so names such as "Siân Llŷr" are not
//   read as Windows-1252; CRLF line ends.
// - Formula injection (OWASP "CSV injection"): a cell beginning with =, +, -,
//   @, a tab or a carriage return is prefixed with a single quote, so a
//   spreadsheet shows it as text instead of running it as a formula.

export type CsvCell = string | number | null | undefined;

const BYTE_ORDER_MARK = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text: neutralised if it could start a formula, quoted if it must be. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  let text = String(cell);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: byte-order mark, then one CRLF-terminated line per row. */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** A download name made only of safe characters: lower-case letters, digits and hyphens. */
export function csvFilename(...parts: string[]): string {
  const stem = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/, "");
  return `${stem || "export"}.csv`;
}

/** The HTTP response for a CSV download: an attachment that no cache keeps (it holds personal data). */
export function csvResponse(filename: string, body: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFilename(filename.replace(/\.csv$/i, ""))}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A short plain-text answer (refusals from the CSV routes), never cached. */
export function plainTextResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
