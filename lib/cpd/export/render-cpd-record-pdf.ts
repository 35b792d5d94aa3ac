import { exportWordsFor, periodLabel, standardLines } from "./export-labels";
import { drawEntry, startExportPdf } from "./export-pdf";
import type { CpdExport } from "./get-cpd-export";

/** An A4 summary of the record to hand to a regulator or manager: who, which period, totals, then every entry; in the person's language. */
export async function renderCpdRecordPdf(data: CpdExport, now: Date = new Date()): Promise<Buffer> {
  const w = exportWordsFor(data.profile.language);
  const pdf = startExportPdf(`${w.label("documentTitle")}: ${data.profile.name}`, w.lang);
  const { doc, field } = pdf;

  doc.font("bold").fontSize(20).text(w.label("documentTitle"));
  doc.moveDown(0.5);
  field(w.label("name"), data.profile.name);
  field(w.label("regulator"), w.regulator(data.profile.regulator));
  field(w.label("registrationNumber"), data.profile.registrationNumber ?? w.label("notRegistered"));
  field(w.label("period"), periodLabel(w, data));
  field(w.label("totalHours"), String(data.totals.hours));
  field(w.label("entries"), String(data.totals.entries));

  const totals = (heading: string, rows: { key: string; hours: number }[], label: (key: string) => string) => {
    if (rows.length === 0) return;
    doc.moveDown(0.8).font("bold").fontSize(12).text(heading);
    doc.font("regular").fontSize(10);
    for (const row of rows) doc.text(`${label(row.key)}: ${row.hours}`);
  };
  totals(w.label("byType"), data.totals.byType, w.type);
  totals(w.label("byStandard"), data.totals.byStandard, (key) => standardLines(w, data, [key])[0] ?? key);

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
