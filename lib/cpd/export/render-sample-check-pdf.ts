import { exportWordsFor } from "./export-labels";
import { drawEntry, startExportPdf } from "./export-pdf";
import type { SampleCheckExport } from "./get-sample-check-export";
import { sampleCheckDiscussionLines, sampleCheckHeader, sampleCheckRegulatorNote } from "./sample-check-labels";

/** The record for a sample check as an A4 PDF: who, the renewal date and period, discussions with a manager, then every entry of the period. */
export async function renderSampleCheckPdf(data: SampleCheckExport, now: Date = new Date()): Promise<Buffer> {
  const w = exportWordsFor(data.profile.language);
  const pdf = startExportPdf(`${w.label("sampleCheckTitle")}: ${data.profile.name}`, w.lang);
  const { doc, field } = pdf;

  doc.font("bold").fontSize(20).text(w.label("sampleCheckTitle"));
  doc.moveDown(0.5);
  for (const [label, value] of sampleCheckHeader(w, data)) field(label, value);
  const note = sampleCheckRegulatorNote(w, data);
  if (note) doc.moveDown(0.8).font("regular").fontSize(10).text(note);

  doc.moveDown(0.8).font("bold").fontSize(12).text(w.label("discussions"));
  doc.font("regular").fontSize(10);
  for (const line of sampleCheckDiscussionLines(w, data)) doc.text(line, { indent: 12 });

  if (data.entries.length === 0) doc.moveDown().font("regular").fontSize(11).text(w.label("noEntries"));
  data.entries.forEach((entry, index) => drawEntry(pdf, w, data, entry, index));
  doc
    .moveDown(1.5)
    .font("regular")
    .fontSize(9)
    .text(w.fill("generated", (language) => ({ date: language.day(now.toISOString().slice(0, 10)) })));
  doc.end();
  return pdf.done;
}
