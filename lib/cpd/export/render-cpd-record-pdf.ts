import { enGB } from "date-fns/locale";
import { formatDayHeading } from "../../programme/event-time";
import { exportLabels as l, fill, periodLabel, regulatorLabel, standardLines, typeLabel } from "./export-labels";
import { drawEntry, startExportPdf } from "./export-pdf";
import type { CpdExport } from "./get-cpd-export";

/** An A4 summary of the record to hand to a regulator or manager: who, which period, totals, then every entry. */
export async function renderCpdRecordPdf(data: CpdExport, now: Date = new Date()): Promise<Buffer> {
  const pdf = startExportPdf(`${l.documentTitle}: ${data.profile.name}`);
  const { doc, field } = pdf;

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
  data.entries.forEach((entry, index) => drawEntry(pdf, data, entry, index));
  doc.moveDown(1.5).font("regular").fontSize(9).text(fill(l.generated, { date: formatDayHeading(now.toISOString().slice(0, 10), enGB) }));
  doc.end();
  return pdf.done;
}
