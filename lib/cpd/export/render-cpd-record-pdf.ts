import { enGB } from "date-fns/locale";
import PDFDocument from "pdfkit";
import { registerPdfFonts } from "../../pdf/fonts";
import { formatDayHeading } from "../../programme/event-time";
import { exportLabels as l, fill, periodLabel, regulatorLabel, standardLines, typeLabel } from "./export-labels";
import type { CpdExport } from "./get-cpd-export";

/** An A4 summary of the record to hand to a regulator or manager: who, which period, totals, then every entry. */
export async function renderCpdRecordPdf(data: CpdExport, now: Date = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `${l.documentTitle}: ${data.profile.name}`, Author: "CPD Week" } });
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

  doc.font("bold").fontSize(20).text(l.documentTitle);
  doc.moveDown(0.5);
  field(l.name, data.profile.name);
  field(l.regulator, regulatorLabel(data.profile.regulator));
  field(l.registrationNumber, data.profile.registrationNumber ?? l.notRegistered);
  field(l.period, periodLabel(data));
  field(l.totalHours, String(data.totals.hours));
  field(l.entries, String(data.totals.entries));

  const totals = (heading: string, rows: { key: string; hours: number }[], label: (key: string) => string) => {
    if (rows.length === 0) return;
    doc.moveDown(0.8).font("bold").fontSize(12).text(heading);
    doc.font("regular").fontSize(10);
    for (const row of rows) doc.text(`${label(row.key)}: ${row.hours}`);
  };
  totals(l.byType, data.totals.byType, typeLabel);
  totals(l.byStandard, data.totals.byStandard, (key) => standardLines(data, [key])[0] ?? key);

  if (data.entries.length === 0) doc.moveDown().font("regular").fontSize(11).text(l.noEntries);
  data.entries.forEach((entry, index) => {
    doc.moveDown(1.2);
    doc.font("bold").fontSize(13).text(`${index + 1}. ${entry.title}`);
    doc.moveDown(0.2);
    field(l.date, formatDayHeading(entry.activityDate, enGB));
    field(l.hours, String(entry.hours));
    field(l.type, typeLabel(entry.activityType));
    field(l.peerReflection, entry.peerReflection ? l.yes : l.no);
    doc.font("bold").fontSize(10).text(`${l.standards}:`);
    doc.font("regular");
    for (const line of standardLines(data, entry.standards)) doc.text(line, { indent: 12 });
    for (const [label, text] of [
      [l.learning, entry.learning],
      [l.impact, entry.impact],
      [l.peerNotes, entry.peerNotes],
    ] as const) {
      if (!text) continue;
      doc.moveDown(0.3).font("bold").text(`${label}:`).font("regular").text(text);
    }
  });
  doc.moveDown(1.5).font("regular").fontSize(9).text(fill(l.generated, { date: formatDayHeading(now.toISOString().slice(0, 10), enGB) }));
  doc.end();
  return done;
}
