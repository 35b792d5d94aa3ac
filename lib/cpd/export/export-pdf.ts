import PDFDocument from "pdfkit";
import { registerPdfFonts } from "../../pdf/fonts";
import type { CpdRecordEntry } from "../list-cpd-record";
import { standardLines, type ExportWords } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";
import { peerConfirmationText } from "./peer-confirmation-text";

/** An A4 document with the fonts embedded, its bytes when ended, and a "Label: value" line. */
export function startExportPdf(title: string, lang: string) {
  const doc = new PDFDocument({ size: "A4", margin: 56, lang, info: { Title: title, Author: "CPD Week" } });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const field = (label: string, value: string) => {
    doc.font("bold").fontSize(10).text(`${label}: `, { continued: true }).font("regular").text(value);
  };
  return { doc, done, field };
}

export type ExportPdf = ReturnType<typeof startExportPdf>;

/** One entry: its title, date, hours, type, peer reflection, standards and the reflection itself. */
export function drawEntry({ doc, field }: ExportPdf, w: ExportWords, data: Pick<CpdExport, "profile">, entry: CpdRecordEntry, index: number) {
  doc.moveDown(1.2);
  doc
    .font("bold")
    .fontSize(13)
    .text(`${index + 1}. ${entry.title}`);
  doc.moveDown(0.2);
  field(w.label("date"), w.day(entry.activityDate));
  field(w.label("hours"), String(entry.hours));
  field(w.label("type"), w.type(entry.activityType));
  field(w.label("peerReflection"), entry.peerReflection ? w.label("yes") : w.label("no"));
  if (entry.peerConfirmation) field(w.label("peerConfirmation"), peerConfirmationText(w, entry.peerConfirmation));
  doc
    .font("bold")
    .fontSize(10)
    .text(`${w.label("standards")}:`);
  doc.font("regular");
  for (const line of standardLines(w, data, entry.standards)) doc.text(line, { indent: 12 });
  for (const [label, text] of [
    [w.label("learning"), entry.learning],
    [w.label("impact"), entry.impact],
    [w.label("peerNotes"), entry.peerNotes],
  ] as const) {
    if (!text) continue;
    doc.moveDown(0.3).font("bold").text(`${label}:`).font("regular").text(text);
  }
}
